# Comprehension scoping: loop variables don't leak, first iterable evaluated in the enclosing scope, class bodies.
x = "outer"
print([x for x in range(3)], x)
print({x for x in "ab"} == {"a", "b"}, x, {x: 1 for x in [0]}, x)
gen = (x for x in [1])
print(list(gen), x)
class C:
    data = [1, 2, 3]
    doubled = [d * 2 for d in data]
    try:
        scaled = [d * factor for d in data for factor in (data,)][:0]
    except NameError as e:
        scaled = str(e)
    factor = 10
    try:
        broken = [d * factor for d in data]
    except NameError as e:
        broken = str(e)
print(C.doubled, C.scaled, C.broken)
def outer():
    n = 3
    return [[n * i for i in range(j)] for j in range(n)]
print(outer())
def free_var_capture():
    fns = [lambda: i for i in range(3)]
    return [f() for f in fns]
print(free_var_capture())
print([(i, j) for i in range(3) for j in range(i)], [i for i in range(10) if i % 2 if i % 3])
print([y for x in [[1, 2], [3]] for y in x], [[y for y in x] for x in [[1], [2, 3]]])
def iter_order():
    log = []
    def it(name, n):
        log.append(name)
        return range(n)
    r = [(a, b) for a in it("first", 2) for b in it("second", 2)]
    return r, log
print(iter_order())
try:
    [undefined_in_comp for _ in range(1)]
except NameError as e:
    print(type(e).__name__, e)
print([i for i in range(3)] == list(i for i in range(3)), sorted({i % 3 for i in range(10)}), {i: i * i for i in range(4)})
def uses_self_name():
    items = [1, 2]
    return [items for items in items]
print(uses_self_name())
print(type([x for x in ()]).__name__, [x for x in "abc" if x != "b"], [c * 2 for c in "ab" if c], [v for v in (1, 0, None, 2) if v])
print([(lambda k: k * 2)(k) for k in range(3)], [[] for _ in range(2)], [n for n in [3, 1, 2] if n > 1 for _ in range(n)])
