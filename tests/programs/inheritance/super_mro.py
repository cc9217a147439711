class A:
    def who(self):
        return "A"
    def chain(self):
        return ["A"]
class B(A):
    def who(self):
        return "B" + super().who()
    def chain(self):
        return ["B"] + super().chain()
class C(A):
    def who(self):
        return "C" + super().who()
    def chain(self):
        return ["C"] + super().chain()
class D(B, C):
    def chain(self):
        return ["D"] + super().chain()
print([k.__name__ for k in D.__mro__], D().who(), D().chain())
print(isinstance(D(), A), issubclass(D, C), issubclass(A, D), super(B, D()).who())
class Base:
    def __init__(self, v):
        self.v = v
class Child(Base):
    def __init__(self, v, w):
        super().__init__(v)
        self.w = w
c = Child(1, 2); print(c.v, c.w)
try:
    class X(A, B):
        pass
except TypeError as e:
    print(e)
class Counter:
    count = 0
    def __init_subclass__(cls, **kw):
        Counter.count += 1
        cls.tag = kw.get("tag", "none")
class S1(Counter, tag="one"):
    pass
class S2(Counter):
    pass
print(Counter.count, S1.tag, S2.tag)
