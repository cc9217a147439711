# yield from: delegation of values, send, throw, close, and return values.
def inner():
    x = yield "inner 1"
    print("inner got", x)
    y = yield "inner 2"
    print("inner got", y)
    return "inner result"
def outer():
    r = yield from inner()
    print("outer got result", r)
    yield "outer done"
g = outer()
print(next(g))
print(g.send("a"))
print(g.send("b"))
print(list(g))
def sub():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("sub caught", e)
        yield "sub handled"
    finally:
        print("sub finally")
def deleg():
    yield from sub()
    yield "after sub"
d = deleg()
print(next(d), d.throw(ValueError("x")), next(d))
d2 = deleg()
next(d2)
d2.close()
def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x
print(list(flatten([1, [2, [3, 4]], [[5]], 6])))
def from_iterables():
    yield from range(3)
    yield from "ab"
    yield from [None]
    yield from {"k": 1}
    r = yield from ()
    yield r
print(list(from_iterables()))
def chain_returns(n):
    if n == 0:
        return 0
    v = yield from chain_returns(n - 1)
    yield n
    return v + n
cg = chain_returns(4)
vals = []
try:
    while True:
        vals.append(next(cg))
except StopIteration as e:
    print(vals, e.value)
class It:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 2:
            raise StopIteration
        return self.i
def from_custom():
    yield from It()
print(list(from_custom()))
def send_to_plain():
    yield from iter([1, 2])
s = send_to_plain()
next(s)
try:
    s.send("x")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    def bad():
        yield from 5
    list(bad())
except TypeError as e:
    print(type(e).__name__, e)
