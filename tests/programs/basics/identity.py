a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c, None is None, type(None) is type(None))
x = 256; y = 256
print(x is y, int("5") is 5 if False else True, "" is "" if False else True)
t = ()
print(t is (), t == ())
def f(v=[]):
    return v
print(f() is f(), id(a) == id(b), id(a) != id(c))
class K: pass
k1, k2 = K(), K()
print(k1 is k2, k1 == k2, k1 != k2, k1 == k1)
print(isinstance(a, list), type(a) is list, type(a) == list, list is list)
