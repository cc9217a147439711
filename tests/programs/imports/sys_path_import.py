# Importing from a directory added to sys.path (relative to the cwd), and sys.modules manipulation.
import sys
sys.path.insert(0, "imports/_support")
import mod_a as top_level_mod_a
import _support.mod_a as pkg_mod_a
print(top_level_mod_a is pkg_mod_a, top_level_mod_a.__name__, pkg_mod_a.__name__)
top_level_mod_a.CONSTANT = "changed"
print(pkg_mod_a.CONSTANT)
del sys.modules["mod_a"]
import mod_a as reimported
print(reimported is top_level_mod_a, reimported.CONSTANT)
sys.modules["fake_module"] = "any object can live in sys.modules"
import fake_module
print(fake_module)
sys.modules["none_module"] = None
try:
    import none_module
except ImportError as e:
    print(type(e).__name__, e)
print(type(sys.path).__name__, sys.path[0])
