def counter_pair():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    def get():
        return n
    return inc, get
inc, get = counter_pair()
inc(); inc()
print(get(), inc.__closure__ is not None, len(inc.__closure__), inc.__code__.co_freevars, counter_pair.__code__.co_cellvars)
def make_multipliers():
    return [lambda x, i=i: x * i for i in range(4)]
print([m(2) for m in make_multipliers()])
def outer(a):
    def mid(b):
        def inner(c):
            return a + b + c
        return inner
    return mid
print(outer(1)(2)(3))
def loop_closures():
    fs = []
    for i in range(3):
        def f(i=i):
            return i * 10
        fs.append(f)
    return [f() for f in fs]
print(loop_closures())
x = 0
def modify():
    x = 1
    def inner():
        nonlocal x
        x = 2
    inner()
    return x
print(modify(), x)
class K:
    y = 10
    def method(self):
        return [self.y for _ in range(2)]
print(K().method())
