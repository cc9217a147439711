# Import failures: missing modules, missing names, broken modules, syntax errors in modules.
import sys
try:
    import _support.does_not_exist
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import totally_missing.sub
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from _support import nothing_here
except ImportError as e:
    print(type(e).__name__, str(e).replace("(", "[").split(" [")[0], e.name)
try:
    from _support.mod_a import missing_name
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0], e.name)
for attempt in (1, 2):
    try:
        import _support.broken_mod
    except RuntimeError as e:
        print("attempt", attempt, type(e).__name__, e, "_support.broken_mod" in sys.modules)
try:
    import _support.bad_syntax
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.filename, e.lineno, e.offset, repr(e.text))
try:
    import _support.mod_a.not_a_package
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    __import__("_support.mod_a", fromlist=["nope"]).nope
except AttributeError as e:
    print(type(e).__name__, e)
try:
    exec("from . import something")
except ImportError as e:
    print(type(e).__name__, e)
try:
    exec("import .relative")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
