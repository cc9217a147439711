# runpy.run_module and run_path, as `-m` uses them.
import sys
import runpy
sys.path.insert(0, "imports/_support")
g = runpy.run_module("runnable.tool")
print(g["__name__"], g["RESULT"], g["__package__"])
g = runpy.run_module("runnable.tool", run_name="__main__")
print(g["__name__"], g["__spec__"].name)
g = runpy.run_module("runnable", run_name="__main__", alter_sys=True)
print(sorted(k for k in g if k.startswith("__") and k not in ("__builtins__",)))
g = runpy.run_path("imports/_support/plain_source.py")
print(g["VALUE"], g["__name__"], g["double"]())
try:
    runpy.run_module("no_such_module_for_runpy")
except ImportError as e:
    print(type(e).__name__, e)
try:
    runpy.run_module("runnable.tool.sub")
except ImportError as e:
    print(type(e).__name__, e)
print("runnable.tool" in sys.modules, "runnable" in sys.modules)
