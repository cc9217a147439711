# Module-level __getattr__ and __dir__, and module objects as namespaces.
from _support import mod_getattr as m
print(m.real, m.lazy_value, getattr(m, "lazy_other"), dir(m))
try:
    m.missing
except AttributeError as e:
    print(type(e).__name__, e)
from _support.mod_getattr import lazy_imported
print(lazy_imported)
try:
    from _support.mod_getattr import bad_name
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
import sys
ModuleType = type(sys)
mod = ModuleType("made_by_hand", "a docstring")
mod.x = 1
print(mod.__name__, mod.__doc__, mod.x, repr(mod), sorted(vars(mod)))
sys.modules["made_by_hand"] = mod
import made_by_hand
print(made_by_hand is mod)
del sys.modules["made_by_hand"]
try:
    ModuleType()
except TypeError as e:
    print(type(e).__name__, e)
empty = ModuleType("empty")
try:
    empty.anything
except AttributeError as e:
    print(type(e).__name__, e)
