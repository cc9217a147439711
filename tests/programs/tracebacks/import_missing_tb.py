# An uncaught ModuleNotFoundError from a nested import: importlib's frames are hidden.
import sys
sys.path.insert(0, "tracebacks")
import _support.imports_missing
