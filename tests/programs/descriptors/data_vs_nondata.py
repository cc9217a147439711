# Data descriptors take precedence over instance __dict__; non-data descriptors do not.
class Data:
    def __get__(self, inst, owner):
        return f"Data.__get__(inst={'yes' if inst is not None else None}, owner={owner.__name__})"
    def __set__(self, inst, value):
        print("Data.__set__", value)
        inst.__dict__["d"] = value
class NonData:
    def __get__(self, inst, owner):
        return "NonData.__get__"
class SetOnly:
    def __set__(self, inst, value):
        print("SetOnly.__set__", value)
class C:
    d = Data()
    n = NonData()
    s = SetOnly()
c = C()
print(c.d, C.d)
c.d = 5
print(c.d, c.__dict__)
print(c.n)
c.n = "instance value"
print(c.n, c.__dict__)
del c.n
print(c.n)
print(type(C.__dict__["s"]).__name__, c.s is C.__dict__["s"])
c.s = 1
c.__dict__["s"] = "in dict"
print(c.s)
class DelDesc:
    def __get__(self, inst, owner):
        return "value"
    def __delete__(self, inst):
        print("__delete__ called")
class D:
    x = DelDesc()
dd = D()
del dd.x
try:
    dd.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
class GetOnlyWithSetName:
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, inst, owner):
        if inst is None:
            return self
        return inst.__dict__.get(self.name, "unset") + "!"
class E:
    attr = GetOnlyWithSetName()
e = E()
print(e.attr)
e.attr = "direct"
print(e.attr, type(E.attr).__name__, E.attr.name)
class ClassLevel:
    d = Data()
ClassLevel.d = "replaced on class"
print(ClassLevel.d, ClassLevel().d)
class FuncIsNonData:
    def m(self):
        return "method"
f = FuncIsNonData()
f.m = lambda: "instance override"
print(f.m(), FuncIsNonData.m(f), hasattr(FuncIsNonData.m, "__get__"), hasattr(FuncIsNonData.m, "__set__"))
