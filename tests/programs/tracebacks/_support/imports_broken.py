# Helper: imports a module that fails, then a missing one.
from . import raises_on_import
