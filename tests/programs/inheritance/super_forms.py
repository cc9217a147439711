# super(): zero-argument form, explicit two-argument form, super in classmethods/staticmethod-less contexts, __class__ cell.
class A:
    def m(self):
        return "A.m"
    @classmethod
    def c(cls):
        return f"A.c({cls.__name__})"
    def __repr__(self):
        return "A-instance"
class B(A):
    def m(self):
        return "B.m>" + super().m()
    @classmethod
    def c(cls):
        return "B.c>" + super().c()
class C(B):
    def m(self):
        return "C.m>" + super(B, self).m()
    def explicit(self):
        return super(C, self).m()
c = C()
print(c.m(), c.explicit(), C.c(), B.c())
s = super(B, c)
print(type(s).__name__, s.m(), s.__self__ is c, s.__thisclass__.__name__, s.__self_class__.__name__)
print(super(C, C).c(), super(B, C).m(c))
def outside(self):
    return super().m()
B.outside = outside
try:
    c.outside()
except RuntimeError as e:
    print(type(e).__name__, e)
class D(A):
    def m(self):
        def inner():
            return super(D, self).m()
        return "D>" + inner()
    def via_class_cell(self):
        return __class__.__name__
print(D().m(), D().via_class_cell())
class E(A):
    def m(self):
        try:
            return [super().m() for _ in range(1)]
        except TypeError as e:
            return f"{type(e).__name__}: {e}"
print(E().m())
try:
    super(int, "str")
except TypeError as e:
    print(type(e).__name__, e)
class F(A):
    def no_args_static():
        try:
            return super().m()
        except RuntimeError as e:
            return f"{type(e).__name__}: {e}"
    no_args_static = staticmethod(no_args_static)
print(F.no_args_static())
class G(A):
    def m(self):
        self = "rebound"
        try:
            return super().m()
        except TypeError as e:
            return f"{type(e).__name__}: {e}"
print(G().m())
class H(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)
    def __getattr__(self, name):
        return super().__getattribute__(name)
h = H()
h["x"] = 5
print(h, h.keys())
try:
    super(A, c).nope
except AttributeError as e:
    print(type(e).__name__, e)
