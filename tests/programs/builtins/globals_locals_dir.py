# globals(), locals(), dir() with and without arguments; vars() on modules/classes/instances.
import sys
top_level = 1
print(sorted(k for k in globals() if not k.startswith("__")))
print(globals()["__name__"], "__builtins__" in globals(), "__file__" in globals(), globals()["__file__"].endswith("globals_locals_dir.py"))
def f(a, b=2):
    c = 3
    return sorted(locals()), sorted(dir())
print(f(1))
print(sorted(dir())[:3], [n for n in dir() if not n.startswith("_")])
print([n for n in dir(sys) if n in ("argv", "exit", "stdout", "path", "version_info")])
print(len(dir([])) > 10, "append" in dir([]), "__len__" in dir(""), dir(None)[:2])
class A:
    a_attr = 1
    def a_method(self):
        pass
class B(A):
    b_attr = 2
b = B()
b.inst = 3
print([n for n in dir(b) if not n.startswith("__")], [n for n in dir(B) if not n.startswith("__")])
print(vars(b), sorted(k for k in vars(B) if not k.startswith("__")), vars(sys) is sys.__dict__)
class Dyn:
    def __dir__(self):
        return ("z", "a", "m", "a")
print(dir(Dyn()))
class BadDir:
    def __dir__(self):
        return 5
try:
    dir(BadDir())
except TypeError as e:
    print(type(e).__name__, e)
class Slotted:
    __slots__ = ("s",)
try:
    vars(Slotted())
except TypeError as e:
    print(type(e).__name__, e)
print(locals() is globals(), vars() is globals())
def nested():
    x = 1
    def inner():
        return x
    inner()
    return sorted(locals())
print(nested())
print(type(globals()).__name__, type(locals()).__name__)
try:
    dir(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
