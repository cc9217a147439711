import exceptions_api as x

def show(f, *args):
    try:
        print(f.__name__, "->", f(*args))
    except BaseException as e:
        print(f.__name__, "->", type(e).__name__, repr(e), e.args)

for o in [ValueError, ValueError("v"), x.Mixed, x.Mixed("m"), KeyboardInterrupt, int, 5, "s", BaseException()]:
    show(x.classify, o)
print(x.Mixed.__mro__, x.Mixed.__doc__, x.Plain.__mro__, x.Plain.__doc__)
show(x.raise_none, KeyError)
show(x.raise_none, x.Mixed)
show(x.raise_instance, x.Mixed("raised", 1))
show(x.raise_instance, StopIteration(3))
try:
    x.raise_instance(x.Mixed("as type"))
except TypeError as e:
    print("caught as TypeError", isinstance(e, ValueError))
show(x.stop_with, 42)
show(x.stop_with, (1, 2))
for args in [(2, "No such file"), (13, "denied", "/f"), ("not errno", "x"), (1,), (), (2, "a", "b", None, "c")]:
    show(x.oserror_fields, *args)
for given, against in [(KeyError, LookupError), (KeyError("k"), (ValueError, KeyError)), (x.Mixed, ValueError),
                       (ValueError, x.Mixed), (int, int), (KeyError, ((ValueError,), (KeyError,)))]:
    show(x.matches, given, against)
show(x.set_args, ValueError("old"), ("new", 2))
show(x.set_args, ValueError("old"), ())
