# Package with relative imports.
print("relpkg: __init__, __name__ =", __name__, "__package__ =", __package__)
from .sub1 import sub1_value
PKG_ATTR = "relpkg attribute"
