# Functions that become generators because of a yield anywhere in the body, even unreachable.
def maybe_gen(flag):
    if flag:
        return "returned"
    if False:
        yield
print(type(maybe_gen(True)).__name__, list(maybe_gen(False)))
g = maybe_gen(True)
try:
    next(g)
except StopIteration as e:
    print("value:", e.value)
def yield_expr_value():
    x = yield
    y = yield x
    return (x, y)
gen = yield_expr_value()
print(next(gen), gen.send("sent x"))
try:
    gen.send("sent y")
except StopIteration as e:
    print(e.value)
def lambda_gen():
    return (lambda: (yield 1))()
print(list(lambda_gen()))
def gen_in_try():
    try:
        yield 1
        return
    finally:
        print("gen finally")
print(list(gen_in_try()))
def nested_defs():
    def inner():
        yield "inner is a generator"
    return inner()
print(type(nested_defs()).__name__, next(nested_defs()))
print(maybe_gen.__code__.co_flags & 0x20 != 0, nested_defs.__code__.co_flags & 0x20 != 0)
