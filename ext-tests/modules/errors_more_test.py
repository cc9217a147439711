import errors_more as e
import errno, sys

def show(f, *args):
    try:
        print(f.__name__, "->", f(*args))
    except BaseException as x:
        print(f.__name__, "->", type(x).__name__, x.args, getattr(x, "errno", "-"),
              getattr(x, "filename", "-"), getattr(x, "filename2", "-"))

show(e.from_errno, errno.ENOENT)
show(e.from_errno, errno.EACCES)
show(e.from_errno, errno.EAGAIN)
show(e.from_errno, errno.EINVAL)
show(e.from_errno, 0)
show(e.from_errno_filename, errno.ENOENT, "/no/such")
show(e.from_errno_filename, errno.EEXIST, "here")
show(e.from_errno_objects, errno.EXDEV, "a", b"b")
show(e.from_errno_objects, errno.EISDIR, "dir", None)
show(e.normalize, ValueError, None)
show(e.normalize, ValueError, "text")
show(e.normalize, ValueError, (1, 2))
show(e.normalize, KeyError, KeyError("k"))
show(e.normalize, LookupError, KeyError("sub"))
show(e.normalize, OSError, (2, "no file"))
show(e.set_object_kinds, ValueError, (1, 2))
show(e.set_object_kinds, ValueError, None)
show(e.set_object_kinds, OSError, (2, "x", "fn"))
show(e.set_object_kinds, KeyError, ValueError("not a KeyError"))
try:
    e.chain()
except RuntimeError as x:
    print("chain", repr(x), repr(x.__cause__), repr(x.__context__), x.__suppress_context__)
    print(e.inspect(x)[0:2], e.inspect(x)[3])
print(e.inspect(ValueError("fresh")))
print(e.exc_info_inside(), e.handled_exception())
try:
    raise KeyError("handling")
except KeyError:
    print(e.exc_info_inside(), repr(e.handled_exception()))
print(e.exc_info_inside())
print(e.set_exc_info_and_call(lambda: sys.exc_info()[:2]))
print(sys.exc_info())

def hook(u):
    print("unraisable:", u.exc_type.__name__, u.exc_value, u.object)
sys.unraisablehook = hook
print(e.unraisable("the object"))
show(e.result_and_error)
print(e.Both.__mro__, e.Both.code, e.Both.__module__)
show(e.exception_matches, KeyError("x"), LookupError)
show(e.exception_matches, KeyError, (ValueError, KeyError))
show(e.exception_matches, KeyError, ValueError)
show(e.exception_matches, e.Both, KeyError)
