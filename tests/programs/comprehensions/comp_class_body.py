# Comprehensions in class bodies: only the first iterable sees class-level names.
class Config:
    names = ["a", "b", "c"]
    prefix = "cfg_"
    upper = [n.upper() for n in names]
    try:
        prefixed = [prefix + n for n in names]
    except NameError as e:
        prefixed = f"NameError: {e}"
    pairs = [(n, i) for n in names for i in range(2)][:2]
    lookup = {n: len(n) for n in names}
    size = len([n for n in names if n])
print(Config.upper, Config.prefixed, Config.pairs, Config.lookup, Config.size)
class Nested:
    base = 10
    try:
        table = [[base * i for i in range(2)] for _ in range(2)]
    except NameError as e:
        table = str(e)
    ok = [[j for j in range(2)] for _ in range(2)]
print(Nested.table, Nested.ok)
def method_context():
    factor = 3
    class Inner:
        values = [factor * v for v in range(3)]
    return Inner.values
print(method_context())
