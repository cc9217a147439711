# Helper module for star-imports without __all__.
visible = 1
_hidden = 2
import sys as _sys_alias
