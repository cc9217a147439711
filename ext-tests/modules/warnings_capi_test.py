import warnings
import warnings_capi as w

def caught(f, *args):
    with warnings.catch_warnings(record=True) as log:
        warnings.simplefilter("always")
        try:
            r = f(*args)
        except BaseException as e:
            r = (type(e).__name__, str(e))
    for m in log:
        print("  warning:", m.category.__name__, m.message, type(m.message).__name__,
              m.filename.rsplit("/", 1)[-1], m.lineno)
    print(f.__name__, "->", r)

def outer():
    return w.warn(UserWarning, "from level 2", 2)

caught(w.warn, UserWarning, "plain")
caught(w.warn, DeprecationWarning, "deprecated")
caught(outer)
caught(w.warn_format, 3, "s")
caught(w.warn_explicit, "explicit", "somefile.py", 42)
caught(w.warn_explicit_object, "as object", "other.py", 7)
caught(w.resource, "src")

with warnings.catch_warnings():
    warnings.simplefilter("error")
    for args in [(UserWarning, "now an error"), (RuntimeWarning, "rt")]:
        try:
            w.warn(*args)
        except Warning as e:
            print("raised", type(e).__name__, e)
    try:
        w.warn_explicit("explicit error", "f.py", 1)
    except SyntaxWarning as e:
        print("raised", type(e).__name__, e)

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("ignore")
    print(w.warn(UserWarning, "ignored"), len(log))

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("default")
    for i in range(3):
        w.warn(UserWarning, "once per location")
    print("default filter shows", len(log))
