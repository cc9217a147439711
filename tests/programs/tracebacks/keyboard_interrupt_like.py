# Uncaught BaseException subclasses (not Exception) also print a traceback and exit 1.
class Stop(BaseException):
    pass
print("about to raise a BaseException subclass")
raise Stop("not an Exception")
