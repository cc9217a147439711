from . import sub2
from .sub2 import sub2_value
from .. import mod_a
sub1_value = "sub1 sees " + sub2_value + " and mod_a.CONSTANT=" + str(mod_a.CONSTANT)
print("relpkg.sub1: __name__ =", __name__, "__package__ =", __package__)
