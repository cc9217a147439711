# sys.path_hooks and sys.path_importer_cache: a path-entry finder for made-up path entries.
import sys
import importlib.machinery
import importlib.util


class DictLoader:
    def __init__(self, source):
        self.source = source

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        exec(self.source, module.__dict__)


class DictPathFinder:
    def __init__(self, entry):
        if not entry.startswith("dict:"):
            raise ImportError("not a dict: entry")
        self.entry = entry
        self.modules = {"dict_mod": "WHERE = 'dict_mod from %s'" % entry}

    def find_spec(self, fullname, target=None):
        if fullname in self.modules:
            return importlib.util.spec_from_loader(fullname, DictLoader(self.modules[fullname]))
        return None

    def invalidate_caches(self):
        print("invalidate_caches on", self.entry)


sys.path_hooks.insert(0, DictPathFinder)
sys.path.append("dict:first")
import dict_mod
print(dict_mod.WHERE, type(sys.path_importer_cache["dict:first"]).__name__)
print(type(sys.path_importer_cache[sys.path[0]]).__name__)
importlib.invalidate_caches()
print(importlib.machinery.PathFinder.find_spec("dict_mod", ["dict:second"]).name)
print("dict:second" in sys.path_importer_cache)
sys.path_importer_cache["dict:first"] = None
del sys.modules["dict_mod"]
try:
    import dict_mod
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
sys.path_hooks.remove(DictPathFinder)
print(sys.path_hooks[-1].__name__ if hasattr(sys.path_hooks[-1], "__name__") else sys.path_hooks[-1])
details = (importlib.machinery.SourceFileLoader, importlib.machinery.SOURCE_SUFFIXES)
finder = importlib.machinery.FileFinder("imports/_support", details)
spec = finder.find_spec("mod_a")
print(spec.origin.endswith("imports/_support/mod_a.py"), type(spec.loader).__name__)
print(finder.find_spec("pkg").submodule_search_locations[0].endswith("_support/pkg"))
