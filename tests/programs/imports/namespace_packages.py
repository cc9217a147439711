# Namespace packages (PEP 420) spread over several sys.path entries.
import sys
sys.path[:0] = ["imports/_support/ns1", "imports/_support/ns2"]
import nspkg
print(nspkg.__name__, nspkg.__file__, nspkg.__spec__.origin, type(nspkg.__loader__).__name__)
print([p.split("/")[-2] for p in nspkg.__path__], type(nspkg.__path__).__name__)
print(nspkg.__spec__.submodule_search_locations is nspkg.__path__)
import nspkg.alpha
import nspkg.beta
print(nspkg.alpha.NAME, "|", nspkg.beta.NAME)
from nspkg.inner import gamma
print(gamma.NAME, gamma.__package__)
print(repr(nspkg).startswith("<module 'nspkg' (namespace)"))
import importlib.util
print(importlib.util.find_spec("nspkg.inner").submodule_search_locations is not None)
