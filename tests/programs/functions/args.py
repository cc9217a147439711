def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))
print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6, d=7))
print(f(*[1, 2], **{"c": 3, "z": 0}))
def g(x, /, y, *, z):
    return x + y + z
print(g(1, 2, z=3), g(1, y=2, z=3))
for call in ["f()", "f(1)", "f(1, c=1, c=2)" if False else "f(1, 2, c=1, b=3)", "g(x=1, y=2, z=3)", "g(1, 2, 3)", "g(1, 2)", "f(1, c=3, q=1, **{'q': 2})"]:
    try:
        eval(call)
    except TypeError as e:
        print("TypeError:", e)
def h(a, b):
    return a - b
print(h(b=1, a=5), h(*(5, 1)))
try:
    h(1, 2, 3)
except TypeError as e:
    print(e)
try:
    h(1, x=2)
except TypeError as e:
    print(e)
def defaults(x=[]):
    x.append(1)
    return x
print(defaults(), defaults(), defaults.__defaults__)
print(f.__name__, f.__code__.co_argcount if hasattr(f, "__code__") else "?", (lambda: 0).__name__)
