# __name__ == "__main__" in the script and in imported modules.
print("script __name__:", __name__)
if __name__ == "__main__":
    print("script is running as __main__")
from _support import guarded
print(guarded.__name__, guarded.main())
import sys
print(sys.modules["__main__"].__name__, "main_guard" in sys.modules, sys.modules[__name__] is sys.modules["__main__"])
def whoami():
    return __name__
print(whoami(), whoami.__module__, type(sys.modules["__main__"]).__name__)
class Local:
    pass
print(Local.__module__, repr(Local))
print(sys.argv, len(sys.argv))
