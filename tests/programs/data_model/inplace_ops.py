# In-place operators: __iadd__ and friends, fallback to binary ops, and mutability effects.
class Acc:
    def __init__(self, items):
        self.items = list(items)
    def __iadd__(self, o):
        print("__iadd__")
        self.items.extend(o)
        return self
    def __add__(self, o):
        print("__add__")
        return Acc(self.items + list(o))
    def __repr__(self):
        return f"Acc({self.items})"
a = Acc([1])
alias = a
a += [2]
print(a, alias, a is alias)
a = a + [3]
print(a, alias, a is alias)
class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return OnlyAdd(self.v + o)
o = OnlyAdd(1)
orig = o
o += 5
print(o.v, orig.v, o is orig)
class ReturnsNone:
    def __imul__(self, o):
        print("imul without return")
r = ReturnsNone()
r *= 2
print(r)
class NotImpl:
    def __isub__(self, o):
        return NotImplemented
    def __sub__(self, o):
        return "fell back to __sub__"
n = NotImpl()
n -= 1
print(n)
class Everything:
    def __init__(self):
        self.log = []
for name in ["iadd", "isub", "imul", "itruediv", "ifloordiv", "imod", "ipow", "ilshift", "irshift", "iand", "ior", "ixor", "imatmul"]:
    setattr(Everything, f"__{name}__", (lambda name: lambda self, o: (self.log.append(name), self)[1])(name))
e = Everything()
e += 1; e -= 1; e *= 1; e /= 1; e //= 1; e %= 1; e **= 1; e <<= 1; e >>= 1; e &= 1; e |= 1; e ^= 1; e @= 1
print(e.log)
t = (1, [2])
try:
    t[1] += [3]
except TypeError as err:
    print(type(err).__name__, err)
print(t)
d = {"k": [1]}
d["k"] += [2]
lst = [[0]]
lst[0] *= 3
print(d, lst)
class Obj:
    pass
ob = Obj()
ob.n = 1
ob.n += 1
ob.s = "a"
ob.s *= 3
print(ob.n, ob.s)
x = 5
try:
    x += "a"
except TypeError as err:
    print(type(err).__name__, err)
try:
    ob.missing += 1
except AttributeError as err:
    print(type(err).__name__, err)
class Nothing:
    pass
nn = Nothing()
try:
    nn += 1
except TypeError as err:
    print(type(err).__name__, err)
try:
    nn @= 1
except TypeError as err:
    print(type(err).__name__, err)
