# Manually copying metadata in decorators (no functools), and decorators that keep state or return non-functions.
def wraps_like(src):
    def apply(dst):
        for attr in ("__name__", "__qualname__", "__doc__", "__module__"):
            setattr(dst, attr, getattr(src, attr))
        dst.__dict__.update(src.__dict__)
        dst.__wrapped__ = src
        return dst
    return apply
def timed(fn):
    @wraps_like(fn)
    def wrapper(*a, **k):
        return ("timed", fn(*a, **k))
    return wrapper
@timed
def compute(x):
    """Compute things."""
    return x * 2
print(compute(4), compute.__name__, compute.__doc__, compute.__qualname__, compute.__wrapped__(4))
def cache(fn):
    store = {}
    @wraps_like(fn)
    def wrapper(*args):
        if args in store:
            return store[args]
        store[args] = result = fn(*args)
        return result
    wrapper.cache = store
    return wrapper
calls = []
@cache
def slow_square(n):
    calls.append(n)
    return n * n
print([slow_square(i % 3) for i in range(6)], calls, sorted(slow_square.cache.items()))
def as_property(fn):
    return property(fn)
class P:
    @as_property
    def answer(self):
        return 42
print(P().answer, type(P.__dict__["answer"]).__name__)
def to_list(fn):
    return list(fn())
@to_list
def numbers():
    yield 1
    yield 2
print(numbers)
def once(fn):
    done = False
    result = None
    def wrapper():
        nonlocal done, result
        if not done:
            result, done = fn(), True
        return result
    return wrapper
@once
def init():
    print("initialising")
    return "ready"
print(init(), init())
