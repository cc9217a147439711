# An error while importing, through a nested relative import: the traceback shows the importing and imported frames, never importlib's.
import sys
sys.path.insert(0, "tracebacks")
import _support.imports_broken
