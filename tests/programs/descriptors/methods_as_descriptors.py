# Functions, classmethod and staticmethod as descriptors: __get__ called manually, binding rules.
def f(self, x=1):
    return (type(self).__name__, x)
class A:
    pass
a = A()
bound = f.__get__(a)
print(bound(), bound(5), bound.__self__ is a, bound.__func__ is f)
print(f.__get__(None, A) is f)
cm = classmethod(f)
print(cm.__get__(a)(), cm.__get__(None, A)(), cm.__get__(a, int)())
sm = staticmethod(lambda x: x * 2)
print(sm.__get__(a)(4), sm.__get__(None, A)(5), sm(6))
class B:
    meth = f
    cmeth = classmethod(f)
    smeth = staticmethod(f)
b = B()
print(b.meth(), B.meth(b, 2), b.cmeth(), B.cmeth(), b.smeth(a), B.smeth(1, 2))
print(type(B.__dict__["meth"]).__name__, type(b.meth).__name__, type(B.meth).__name__, type(b.cmeth).__name__, type(b.smeth).__name__)
print(b.meth.__func__ is f, b.cmeth.__func__ is f, b.cmeth.__self__ is B, b.smeth is f)
class WrapCM:
    @classmethod
    @property
    def cls_prop(cls):
        return "class property of " + cls.__name__
print(WrapCM.cls_prop if False else "skip chained classmethod-property")
class Desc:
    def __get__(self, inst, owner=None):
        return ("Desc", inst is None, owner.__name__ if owner else None)
class HasDesc:
    d = Desc()
print(HasDesc.d, HasDesc().d, HasDesc.__dict__["d"].__get__(None, HasDesc))
class CallableNotDesc:
    def __call__(self, *args):
        return len(args)
class HasCallable:
    c = CallableNotDesc()
print(HasCallable().c(), HasCallable.c(1))
print(len.__get__ if hasattr(len, "__get__") else "builtin functions are not descriptors")
print(type(str.upper).__name__, type("".upper).__name__, str.upper.__get__("abc")(), type(dict.fromkeys).__name__)
print(type(int.__dict__["from_bytes"]).__name__, type(dict.__dict__["fromkeys"]).__name__)
