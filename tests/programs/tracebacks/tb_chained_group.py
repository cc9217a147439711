# An exception group raised while handling another exception: both are printed with the context separator.
try:
    {}["key"]
except KeyError:
    raise ExceptionGroup("while handling KeyError", [ValueError("a"), TypeError("b")])
