# Decorators with optional arguments (usable with and without parentheses) and decorators that inspect the function.
def tagged(_fn=None, *, tag="default"):
    def deco(fn):
        fn.tag = tag
        return fn
    if _fn is not None:
        return deco(_fn)
    return deco
@tagged
def a():
    pass
@tagged()
def b():
    pass
@tagged(tag="custom")
def c():
    pass
print(a.tag, b.tag, c.tag)
def require_args(n):
    def deco(fn):
        count = fn.__code__.co_argcount
        if count != n:
            raise TypeError(f"{fn.__name__} takes {count} args, expected {n}")
        return fn
    return deco
@require_args(2)
def ok(x, y):
    return x + y
print(ok(1, 2))
try:
    @require_args(1)
    def bad(x, y):
        pass
except TypeError as e:
    print(type(e).__name__, e)
def repeat(times):
    def deco(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return deco
@repeat(3)
def hello(name):
    return f"hi {name}"
print(hello("bob"))
def defaults_from(**defaults):
    def deco(fn):
        def wrapper(**kw):
            return fn(**{**defaults, **kw})
        return wrapper
    return deco
@defaults_from(sep="-", end="!")
def join(sep, end, parts=("a", "b")):
    return sep.join(parts) + end
print(join(), join(sep="+"), join(parts=("x",)))
