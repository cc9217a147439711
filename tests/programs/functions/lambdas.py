# lambda expressions: defaults capture, closures, immediate calls, in data structures.
add = lambda a, b=10: a + b
print(add(1), add(1, 2), (lambda *a, **k: (a, k))(1, x=2), (lambda: "no args")())
fns = [lambda: i for i in range(3)]
print([fn() for fn in fns])
fns = [lambda i=i: i for i in range(3)]
print([fn() for fn in fns])
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
print({k: f(6, 3) for k, f in ops.items()})
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
print(sorted([(1, "b"), (2, "a")], key=lambda t: t[1]), list(map(lambda x: x ** 2, range(4))), list(filter(lambda s: s, ["", "a"])))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
print((lambda x: (lambda y: x + y))(1)(2), (lambda: (yield))().__class__.__name__)
curry = lambda a: lambda b: lambda c: a * 100 + b * 10 + c
print(curry(1)(2)(3))
print((lambda *, k=5: k)(), (lambda a, /, b: (a, b))(1, b=2), (lambda x: x)(x=3))
y = 10
f = lambda: y
y = 20
print(f())
print(type(add).__name__, add.__name__, add.__code__.co_argcount, add.__defaults__)
try:
    (lambda x: x)()
except TypeError as e:
    print(type(e).__name__, e)
gen = lambda: (x for x in range(3))
print(list(gen()), (lambda: [x for x in "ab"])())
print((lambda: (a := 5, a))())
