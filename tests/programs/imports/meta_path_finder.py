# Custom finders and loaders on sys.meta_path, the default meta path, and specs.
import sys
import importlib.machinery
import importlib.util

# (site-packages may add finders of their own: only the standard ones are shown.)
standard = ("BuiltinImporter", "FrozenImporter", "PathFinder")
print([f.__name__ for f in sys.meta_path if getattr(f, "__name__", None) in standard])
print(sys.meta_path[-1].__module__, sys.path_hooks[-1].__name__)
print(type(sys.path_importer_cache).__name__)

log = []


class StringLoader:
    sources = {"virtual_mod": "X = 1\ndef f():\n    return X + 1\n",
               "virtual_pkg": "PKG = True\n",
               "virtual_pkg.child": "from . import PKG\nCHILD = PKG\n"}

    def create_module(self, spec):
        log.append(("create", spec.name))
        return None

    def exec_module(self, module):
        log.append(("exec", module.__name__))
        exec(self.sources[module.__name__], module.__dict__)


class StringFinder:
    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if fullname not in StringLoader.sources:
            return None
        log.append(("find", fullname, path is None))
        is_pkg = fullname == "virtual_pkg"
        return importlib.util.spec_from_loader(fullname, StringLoader(), is_package=is_pkg)


sys.meta_path.insert(0, StringFinder)
import virtual_mod
print(virtual_mod.X, virtual_mod.f(), virtual_mod.__spec__.name, type(virtual_mod.__loader__).__name__)
print(virtual_mod.__spec__.origin, virtual_mod.__spec__.submodule_search_locations)
import virtual_pkg.child
print(virtual_pkg.PKG, virtual_pkg.child.CHILD, virtual_pkg.__path__, virtual_pkg.child.__package__)
for entry in log:
    print(entry)
import virtual_mod as again
print(again is virtual_mod, len(log))


class Blocker:
    def find_spec(self, fullname, path=None, target=None):
        if fullname == "json":
            raise ImportError("json is blocked", name=fullname)
        return None


sys.modules.pop("json", None)
sys.meta_path.insert(0, Blocker())
try:
    import json
except ImportError as e:
    print(type(e).__name__, e, e.name)
sys.meta_path.pop(0)
import json
print(json.__name__, json.__spec__.name, json.__spec__.parent, json.__package__)
print(type(json.__loader__).__name__, json.__spec__.has_location, json.__spec__.cached is not None)
print(json.__spec__.origin == json.__file__, json.__file__.endswith("json/__init__.py"))

# A finder object that only offers the legacy find_module is skipped with an ImportWarning.
import linecache  # used by warnings when it records
import warnings


class Legacy:
    def find_module(self, fullname, path=None):
        return None


sys.meta_path.insert(0, Legacy())
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    try:
        import no_such_module_anywhere
    except ModuleNotFoundError as e:
        print(type(e).__name__, e)
    print(sorted({type(x.message).__name__ for x in w}))
sys.meta_path.pop(0)

# find_spec for builtins, packages and missing names.
print(importlib.util.find_spec("sys").origin, importlib.util.find_spec("sys").loader.__name__)
print(importlib.util.find_spec("no_such_module_anywhere"))
spec = importlib.util.find_spec("email.mime")
print(spec.name, spec.parent, spec.submodule_search_locations is not None)
print(importlib.machinery.BuiltinImporter.find_spec("posix").name)
print(importlib.machinery.PathFinder.find_spec("no_such_module_anywhere"))
