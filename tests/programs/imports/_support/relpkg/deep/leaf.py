from ... import mod_a
from ...relpkg import PKG_ATTR
from . import inherited
leaf_info = (mod_a.__name__, PKG_ATTR, inherited, __name__, __package__)
