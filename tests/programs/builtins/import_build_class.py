# __import__ and __build_class__ used directly.
import builtins
sys_mod = __import__("sys")
print(sys_mod.__name__, type(sys_mod).__name__, sys_mod is __import__("sys"))
try:
    __import__("no_such_module_xyz")
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    __import__("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    __import__(5)
except TypeError as e:
    print(type(e).__name__, e)
def body():
    pass
C = __build_class__(body, "C")
print(C.__name__, C.__qualname__, type(C).__name__, C.__bases__)
class Base:
    pass
D = __build_class__(body, "D", Base)
print(D.__name__, D.__bases__[0].__name__, issubclass(D, Base))
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["kw"] = kw
        return super().__new__(mcls, name, bases, ns)
E = __build_class__(lambda: None, "E", metaclass=Meta, flag=1)
print(type(E).__name__, E.kw)
try:
    __build_class__(5, "X")
except TypeError as e:
    print(type(e).__name__, e)
try:
    __build_class__(lambda: None)
except TypeError as e:
    print(type(e).__name__, e)
orig = builtins.__build_class__
def tracing_build_class(func, name, *bases, **kw):
    print("building class", name)
    return orig(func, name, *bases, **kw)
builtins.__build_class__ = tracing_build_class
class Traced:
    pass
builtins.__build_class__ = orig
print(Traced.__name__)
orig_import = builtins.__import__
def tracing_import(name, *args, **kw):
    print("importing", name)
    return orig_import(name, *args, **kw)
builtins.__import__ = tracing_import
import sys as renamed_sys
from sys import maxsize
builtins.__import__ = orig_import
print(renamed_sys.__name__, maxsize > 0)
print(type(builtins.__dict__).__name__, builtins.len is len, builtins.__name__, "print" in dir(builtins))
