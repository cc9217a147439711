# Argument binding: defaults, keyword-only, positional-only, *args, **kwargs, and binding errors.
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(f(1, c=3), f(1, 2, 3, 4, c=5, e=6), f(a=1, c=2), f(*[1, 2, 3], **{"c": 0, "z": 9}))
def p(a, b, /, c, *, d):
    return (a, b, c, d)
print(p(1, 2, 3, d=4), p(1, 2, c=3, d=4))
calls = [
    lambda: f(), lambda: f(1), lambda: f(1, c=1, a=2), lambda: f(1, 2, c=3, b=4), lambda: p(1, b=2, c=3, d=4),
    lambda: p(1, 2, 3, 4), lambda: p(1, 2, 3), lambda: (lambda x: x)(), lambda: (lambda x: x)(1, 2),
    lambda: (lambda: 0)(1), lambda: (lambda x: x)(y=1), lambda: (lambda *, k: k)(1), lambda: (lambda a, b: 0)(1, a=1),
    lambda: (lambda **kw: kw)(**{1: 2}), lambda: f(1, **{"c": 1}, **{"c": 2}), lambda: (lambda a, b, c: 0)(1),
    lambda: (lambda a, b=1, *, c, d: 0)(1), lambda: p(a=1, b=2, c=3, d=4), lambda: f(*5), lambda: f(1, **[1]),
]
for call in calls:
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)
def kwonly_default(*, x=1, y):
    return x, y
print(kwonly_default(y=2), kwonly_default(y=3, x=4))
def mixed(a, /, b, *, c):
    return a, b, c
print(mixed(1, 2, c=3), mixed(1, b=2, c=3))
def kwargs_named_like_posonly(a, /, **kw):
    return a, kw
print(kwargs_named_like_posonly(1, a=2))
def defaults_shared(x, acc=[]):
    acc.append(x)
    return acc
print(defaults_shared(1), defaults_shared(2), defaults_shared(3, []))
print(f.__defaults__, f.__kwdefaults__, p.__code__.co_posonlyargcount, f.__code__.co_kwonlyargcount, f.__code__.co_argcount)
print(f.__code__.co_varnames, f.__code__.co_flags & 0x0C)
def star_only(*args):
    return args
print(star_only(), star_only(*range(3)), star_only(*"ab", *[1]), star_only(*(), *()))
def kw_only(**kw):
    return sorted(kw.items())
print(kw_only(), kw_only(a=1, **{"b": 2}, c=3), kw_only(**{"x": 1}, **{"y": 2}))
