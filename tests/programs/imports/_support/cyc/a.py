# Import cycle, part a: imports b before defining its own names.
print("cyc.a: start")
A_EARLY = "a early"
from . import b
A_LATE = "a late"
def from_b():
    return b.B_VALUE
print("cyc.a: end, b.B_VALUE =", b.B_VALUE)
