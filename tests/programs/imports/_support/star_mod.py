# Helper module for star-imports with __all__.
__all__ = ["public_a", "_listed_private"]
public_a = "A"
public_b = "B (not in __all__)"
_listed_private = "listed private"
_unlisted_private = "hidden"
