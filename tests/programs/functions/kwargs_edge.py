# Keyword argument edge cases: names that are keywords via **, non-string keys, order preservation, and defaults evaluation.
def show(**kw):
    return list(kw.items())
print(show(b=1, a=2), show(**{"class": 1, "def": 2}), show(**{"x y": 3}))
try:
    show(**{1: 2})
except TypeError as e:
    print(type(e).__name__, e)
def f(a, b):
    return a, b
print(f(b=1, a=2), f(**{"a": 1, "b": 2}), f(1, **{"b": 2}))
try:
    f(1, **{"a": 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**{"a": 1, "b": 2, "c": 3})
except TypeError as e:
    print(type(e).__name__, e)
counter = [0]
def default_factory():
    counter[0] += 1
    return counter[0]
def g(x=default_factory()):
    return x
print(g(), g(), counter)
def h(*, a, b=2, **rest):
    return a, b, rest
print(h(a=1), h(a=1, c=3, b=0), h(**{"a": "A", "zz": 1}))
try:
    h(1)
except TypeError as e:
    print(type(e).__name__, e)
def pos_and_kw_same(a, **kw):
    return a, kw
try:
    pos_and_kw_same(1, a=2)
except TypeError as e:
    print(type(e).__name__, e)
def only_pos(a, b, /):
    return a + b
try:
    only_pos(a=1, b=2)
except TypeError as e:
    print(type(e).__name__, e)
print(only_pos(1, 2), (lambda **k: sorted(k))(z=1, y=2))
