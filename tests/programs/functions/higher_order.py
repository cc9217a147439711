# Higher-order functions: map/filter/reduce by hand, function composition, currying and function tables.
def reduce(fn, items, init):
    acc = init
    for x in items:
        acc = fn(acc, x)
    return acc
print(reduce(lambda a, b: a + b, range(10), 0), reduce(lambda a, b: a * b, range(1, 8), 1), reduce(max, [3, 9, 2], 0))
def compose(*fns):
    def composed(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return composed
inc = lambda x: x + 1
sq = lambda x: x * x
print(compose(inc, sq)(3), compose(sq, inc)(3), compose()(5), compose(str, sq, inc)(2))
def curry(fn, arity):
    def curried(*args):
        if len(args) >= arity:
            return fn(*args)
        return lambda *more: curried(*args, *more)
    return curried
add3 = curry(lambda a, b, c: a + b + c, 3)
print(add3(1)(2)(3), add3(1, 2)(3), add3(1)(2, 3), add3(1, 2, 3))
def apply_n(f, n):
    return lambda x: x if n == 0 else apply_n(f, n - 1)(f(x))
print(apply_n(lambda s: s + "!", 3)("hi"), apply_n(sq, 2)(3))
table = {"double": lambda x: 2 * x, "negate": lambda x: -x, "str": str}
print({name: fn(21) for name, fn in table.items()})
print(sorted(["ccc", "a", "bb"], key=len), list(map(lambda f: f(4), [sq, inc, str])), list(filter(callable, [1, len, "x", str])))
def memoize(f):
    cache = {}
    def g(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    return g
@memoize
def paths(n):
    return 1 if n <= 1 else paths(n - 1) + paths(n - 2)
print(paths(80))
