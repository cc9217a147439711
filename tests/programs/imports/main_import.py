import sys
sys.path.insert(0, "imports/_support")
import helper_mod
from helper_mod import greet, VALUE
import pkg.sub as sub
from pkg import sub as sub2
print(helper_mod.VALUE, greet("x"), VALUE, sub.name(), sub is sub2, helper_mod.__name__)
import helper_mod as again
print(again is helper_mod, "helper_mod" in sys.modules)
try:
    import no_such_module_here
except ImportError as e:
    print(type(e).__name__, e)
try:
    from helper_mod import missing
except ImportError as e:
    print("ImportError", str(e).split(" (")[0])
print(__name__)
