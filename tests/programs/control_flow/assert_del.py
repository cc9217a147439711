# assert statements and del of names, items, attributes and slices.
assert True
assert 1 == 1, "never shown"
try:
    assert False
except AssertionError as e:
    print(type(e).__name__, repr(e), e.args)
try:
    assert 1 > 2, "one is not greater"
except AssertionError as e:
    print(type(e).__name__, e, e.args)
try:
    assert [], ["list", "message"]
except AssertionError as e:
    print(e.args)
def msg():
    print("message evaluated")
    return "lazy"
assert True, msg()
try:
    assert 0, msg()
except AssertionError as e:
    print(e)
x = 5
del x
try:
    print(x)
except NameError as e:
    print(type(e).__name__, e)
try:
    del x
except NameError as e:
    print(type(e).__name__, e)
a, b, c = 1, 2, 3
del a, b
print(c, "a" in dir(), "c" in dir())
lst = [0, 1, 2, 3, 4, 5]
del lst[0], lst[-1]
print(lst)
del lst[1:3]
print(lst)
d = {"k": 1, "j": 2}
del d["k"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print(type(e).__name__, e)
class O:
    pass
o = O()
o.attr = 1
del o.attr
try:
    del o.attr
except AttributeError as e:
    print(type(e).__name__, e)
(p, q) = [1, 2]
del (p, q)
[r] = [3]
del [r]
print("p" in globals(), "r" in globals())
def local_del():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return type(e).__name__ + ": " + str(e)
print(local_del())
if __debug__:
    print("debug mode")
