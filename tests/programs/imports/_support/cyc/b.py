# Import cycle, part b: sees a partially initialised.
print("cyc.b: start")
from . import a
print("cyc.b: a.A_EARLY =", a.A_EARLY, "| has A_LATE:", hasattr(a, "A_LATE"))
B_VALUE = "b value"
try:
    from .a import A_LATE
except ImportError as e:
    print("cyc.b: ImportError:", str(e).split(" (")[0])
print("cyc.b: end")
