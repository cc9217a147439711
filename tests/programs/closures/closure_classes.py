# Closures interacting with classes: class bodies don't create enclosing scopes for methods.
x = "module x"
def f():
    x = "f x"
    class C:
        x = "class x"
        y = x
        def m(self):
            return x
        z = [x for _ in range(1)]
        lam = lambda self: x
    return C
C = f()
print(C.y, C().m(), C.z, C().lam())
def make_class(val):
    class K:
        attr = val
        def get(self):
            return val
        @classmethod
        def cget(cls):
            return val, cls.attr
    return K
A, B = make_class(1), make_class(2)
print(A().get(), B().get(), A.cget(), B.cget(), A is not B)
class Outer:
    v = 10
    def method(self):
        return v if False else Outer.v
    class Inner:
        try:
            w = v
        except NameError as e:
            w = "NameError: " + str(e)
print(Outer().method(), Outer.Inner.w)
def class_in_loop():
    classes = []
    for i in range(3):
        class T:
            n = i
            def get(self):
                return i
        classes.append(T)
    return [(k.n, k().get()) for k in classes]
print(class_in_loop())
def free_in_class():
    y = "enclosing"
    class D:
        y = "class attr"
        def m(self):
            return y
        print("in class body:", y)
    return D().m()
print(free_in_class())
