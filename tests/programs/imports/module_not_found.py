# ModuleNotFoundError and ImportError messages, name and path, from the import system.
import sys
sys.path.insert(0, "imports")
cases = ["no_such_top", "_support.no_such_child", "_support.mod_a.child_of_module",
         "no_such_top.child"]
for name in cases:
    try:
        __import__(name)
    except ModuleNotFoundError as e:
        print(type(e).__name__, e, e.name, e.path)
try:
    from _support import mod_a, no_such_name
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0], e.name, e.path.split("/")[-1])
try:
    from sys import no_such_name
except ImportError as e:
    print(type(e).__name__, e, e.name, e.path)
try:
    __import__("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    __import__("x", level=-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    __import__(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    __import__("x", {}, level=1)
except KeyError as e:
    print(type(e).__name__, e)
try:
    __import__("x", {"__name__": "top"}, level=1)
except ImportError as e:
    print(type(e).__name__, e)
try:
    __import__("x", {"__package__": "_support"}, level=3)
except ImportError as e:
    print(type(e).__name__, e)
try:
    __import__("x", {"__package__": 5}, level=1)
except TypeError as e:
    print(type(e).__name__, e)
print(__import__("_support.pkg.sub").__name__, __import__("_support.pkg.sub", fromlist=["x"]).__name__)
print(__import__("pkg", {"__package__": "_support"}, level=1).__name__)
print(__import__("", {"__package__": "_support.pkg"}, None, ["helper"], 1).helper.__name__)
sys.modules["blocked_by_none"] = None
try:
    import blocked_by_none
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
import importlib.machinery as m
print(m.SOURCE_SUFFIXES, m.BYTECODE_SUFFIXES, m.all_suffixes()[:1])
