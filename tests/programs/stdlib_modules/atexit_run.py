# atexit._run_exitfuncs runs and clears the callbacks; _clear drops them.
import atexit

atexit._clear()

atexit.register(print, "first")
atexit.register(print, "second", end="!\n")
atexit._run_exitfuncs()
print(atexit._ncallbacks())
atexit.register(print, "cleared")
atexit._clear()
print(atexit._ncallbacks())
atexit.register(print, "at exit")
raise SystemExit(3)
