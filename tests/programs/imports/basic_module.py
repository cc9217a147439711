# Importing a helper package from the script's folder: module objects, attributes, caching in sys.modules.
import sys
import _support
print(_support.SUPPORT_INIT, _support.__name__, _support.__package__, type(_support).__name__)
import _support.mod_a
print(_support.mod_a.CONSTANT, _support.mod_a.double(4), _support.mod_a.Thing())
from _support import mod_a
print(mod_a is _support.mod_a, mod_a is sys.modules["_support.mod_a"], mod_a.__name__, mod_a.__package__)
import _support.mod_a as alias
print(alias is mod_a, "alias" in dir())
from _support.mod_a import CONSTANT as C, double, _private
print(C, double("ab"), _private)
print(mod_a.bump(), mod_a.bump(), mod_a.counter)
from _support.mod_a import counter
print(counter)
mod_a.CONSTANT = 99
from _support.mod_a import CONSTANT
print(CONSTANT)
print(mod_a.__file__, _support.__file__, mod_a.__spec__.name, mod_a.__spec__.parent)
print(sorted(n for n in vars(mod_a) if not n.startswith("__")))
print(type(mod_a.__dict__).__name__, mod_a.__dict__ is vars(mod_a), mod_a.__doc__)
print(__name__, __file__, __package__, __spec__)
mod_a.new_attr = "set from outside"
print(mod_a.new_attr)
del mod_a.new_attr
print(hasattr(mod_a, "new_attr"))
