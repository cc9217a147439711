# importlib.util: spec_from_file_location, module_from_spec, import_module, reload, resolve_name.
import sys
import importlib
import importlib.util

spec = importlib.util.spec_from_file_location("loaded_by_path", "imports/_support/plain_source.py")
print(spec.name, type(spec.loader).__name__, spec.origin.endswith("plain_source.py"), spec.has_location)
mod = importlib.util.module_from_spec(spec)
print("loaded_by_path" in sys.modules, mod.__name__, mod.__spec__ is spec, mod.__loader__ is spec.loader)
spec.loader.exec_module(mod)
print(mod.VALUE, mod.double(), mod.__doc__)
print(mod.__file__.endswith("imports/_support/plain_source.py"), mod.__cached__.endswith(".pyc"))

sys.path.insert(0, "imports")
m = importlib.import_module("_support.pkg.sub")
print(m.__name__, m.__package__, m is sys.modules["_support.pkg.sub"])
rel = importlib.import_module(".helper", "_support.pkg")
print(rel.__name__)
try:
    importlib.import_module(".helper")
except TypeError as e:
    print(type(e).__name__, e)
try:
    importlib.import_module("_support.pkg.nope")
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
print(importlib.util.resolve_name(".x", "a.b"), importlib.util.resolve_name("..x", "a.b"))
try:
    importlib.util.resolve_name("...x", "a.b")
except ImportError as e:
    print(type(e).__name__, e)

# reload re-executes the module's code in the same module object.
plain = importlib.import_module("_support.plain_source")
plain.VALUE = 100
plain.extra = "kept"
again = importlib.reload(plain)
print(again is plain, plain.VALUE, plain.extra)
try:
    importlib.reload(sys.modules["_support"].__class__("not_in_sys_modules"))
except ImportError as e:
    print(type(e).__name__, e)
try:
    importlib.reload(42)
except TypeError as e:
    print(type(e).__name__, e)

# module objects are created by type(sys)(name, doc).
mt = type(sys)
made = mt("made", "its doc")
print(made.__name__, made.__doc__, made.__spec__, made.__loader__, made.__package__)
print(repr(made), repr(sys), repr(mt("x")))


class Sub(mt):
    pass


s = Sub("sub_mod")
print(type(s).__name__, s.__name__, repr(s))
try:
    mt(5)
except TypeError as e:
    print(type(e).__name__, e)
print(importlib.util.cache_from_source("/a/b/c.py").replace(sys.implementation.cache_tag, "TAG"))
print(importlib.util.source_from_cache("/a/b/__pycache__/c." + sys.implementation.cache_tag + ".pyc"))
print(importlib.util.decode_source(b"x = 1\r\ny = 2\r\n"))
