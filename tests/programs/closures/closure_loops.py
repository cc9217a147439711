# Closures created in loops and comprehensions: late binding, default-argument capture, cell per iteration in comprehensions.
def make_adders():
    adders = []
    for n in range(3):
        adders.append(lambda x: x + n)
    return adders
print([f(10) for f in make_adders()])
def make_adders_fixed():
    return [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in make_adders_fixed()])
def make_via_factory():
    def factory(n):
        return lambda x: x * n
    return [factory(n) for n in range(1, 4)]
print([f(2) for f in make_via_factory()])
def while_closures():
    fs = []
    i = 0
    while i < 3:
        fs.append(lambda: i)
        i += 1
    return [f() for f in fs]
print(while_closures())
def comprehension_cells():
    return [(lambda: k) for k in "abc"]
print([f() for f in comprehension_cells()])
def genexp_closures():
    return list((lambda: j) for j in range(3))
print([f() for f in genexp_closures()])
def rebinding_after():
    v = "before"
    get = lambda: v
    v = "after"
    return get()
print(rebinding_after())
def closure_over_param(p):
    def show():
        return p
    p = p * 2
    return show
print(closure_over_param(21)())
def counter_dict():
    counts = {}
    def hit(key):
        counts[key] = counts.get(key, 0) + 1
        return counts
    return hit
hit = counter_dict()
hit("a"); hit("b")
print(hit("a"))
