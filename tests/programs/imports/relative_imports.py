# Relative imports inside packages, including parent and grandparent levels.
from _support import relpkg
print(relpkg.PKG_ATTR, relpkg.sub1_value)
from _support.relpkg import sub1, sub2
print(sub1.sub2 is sub2, sub1.sub2_value)
from _support.relpkg.deep import leaf
print(leaf.leaf_info)
import _support.relpkg.deep as deep
print(deep.inherited, deep.__name__, deep.__package__, leaf.__package__)
import sys
print(sorted(k for k in sys.modules if k.startswith("_support")))
print(relpkg.__path__[0].endswith("relpkg"), hasattr(sub1, "__path__"), relpkg.__spec__.submodule_search_locations is not None)
