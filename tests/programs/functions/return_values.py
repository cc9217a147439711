# Return values: implicit None, multiple values, early return, returning functions and generators.
def nothing():
    pass
def bare():
    return
def multi():
    return 1, 2, 3
def early(n):
    for i in range(n):
        if i * i > n:
            return i
print(nothing(), bare(), multi(), early(10), early(0))
a, *rest = multi()
print(a, rest)
def returns_fn():
    def inner(x):
        return x * 3
    return inner
print(returns_fn()(4), returns_fn().__name__)
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def get():
        return count
    return inc, get
inc, get = make_counter()
inc(); inc()
print(get())
def rets():
    try:
        return "from try"
    finally:
        print("cleanup")
print(rets())
def in_loop():
    results = []
    for i in range(5):
        results.append(i)
        if i == 2:
            return results
print(in_loop())
def returns_self_referencing():
    d = {}
    d["self"] = d
    return d
print(returns_self_referencing())
def many_returns(x):
    if x == 1:
        return "one"
    elif x == 2:
        return ["two"]
    elif x == 3:
        return {"three": 3}
    return
print([many_returns(i) for i in range(5)])
def gen_returns():
    yield 1
    return "gen value"
g = gen_returns()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)
