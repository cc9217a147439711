# User-defined exception classes: hierarchies, extra attributes, __str__/__repr__, __reduce__-free pickling-less usage.
class AppError(Exception):
    """Base for the app."""
class NotFound(AppError):
    def __init__(self, what):
        super().__init__(what)
        self.what = what
    def __str__(self):
        return f"{self.what} not found"
class Invalid(AppError, ValueError):
    pass
for exc in (NotFound("user"), Invalid("bad input"), AppError("generic")):
    try:
        raise exc
    except ValueError as e:
        print("ValueError handler:", type(e).__name__, e)
    except AppError as e:
        print("AppError handler:", type(e).__name__, e, repr(e))
print(Invalid.__mro__)
print(AppError.__doc__, NotFound("x").args, str(NotFound("y")))
class WithRepr(Exception):
    def __repr__(self):
        return "WithRepr!"
print(repr(WithRepr()), [WithRepr()], str(WithRepr("s")))
class BaseCustom(BaseException):
    pass
try:
    try:
        raise BaseCustom("escapes Exception handlers")
    except Exception:
        print("not caught here")
except BaseException as e:
    print("caught", type(e).__name__, e)
class KwErr(Exception):
    def __init__(self, *, code):
        super().__init__(code)
        self.code = code
try:
    raise KwErr(code=5)
except KwErr as e:
    print(e.code, e.args)
class Counted(Exception):
    count = 0
    def __init__(self, *a):
        Counted.count += 1
        super().__init__(*a)
for _ in range(3):
    try:
        raise Counted
    except Counted:
        pass
print(Counted.count)
class Attrs(Exception):
    pass
a = Attrs("m")
a.extra = [1, 2]
print(a.extra, a.__dict__, vars(a))
class BadInit(Exception):
    def __init__(self):
        raise RuntimeError("init failed")
try:
    raise BadInit
except RuntimeError as e:
    print(type(e).__name__, e)
class ExcWithSlots(Exception):
    __slots__ = ("field",)
es = ExcWithSlots("slotted")
es.field = 1
print(es.field, es.args)
