__all__ = ["one", "two"]
from . import one
