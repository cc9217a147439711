# Cooperative __init__ with super() across a diamond, **kwargs forwarding, and MRO-driven call order.
class Base:
    def __init__(self, **kw):
        print("Base.__init__ leftover", kw)
        super().__init__()
class A(Base):
    def __init__(self, a=None, **kw):
        print("A.__init__", a)
        self.a = a
        super().__init__(**kw)
class B(Base):
    def __init__(self, b=None, **kw):
        print("B.__init__", b)
        self.b = b
        super().__init__(**kw)
class C(A, B):
    def __init__(self, c=None, **kw):
        print("C.__init__", c)
        self.c = c
        super().__init__(**kw)
obj = C(a=1, b=2, c=3, extra=4)
print(obj.a, obj.b, obj.c, [k.__name__ for k in C.__mro__])
class D(B, A):
    pass
D(a="x", b="y")
print([k.__name__ for k in D.__mro__])
class Left:
    def hello(self):
        return ["Left"] + getattr(super(), "hello", lambda: [])()
class Right:
    def hello(self):
        return ["Right"] + getattr(super(), "hello", lambda: [])()
class Both(Left, Right):
    def hello(self):
        return ["Both"] + super().hello()
print(Both().hello(), Left().hello())
