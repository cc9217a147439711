class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, what):
        self.what = what
        super().__init__(f"{what} not found")
class Invalid(AppError):
    def __str__(self):
        return "invalid: " + ", ".join(map(str, self.args))
for exc in [NotFound("user"), Invalid(1, 2), AppError("generic")]:
    try:
        raise exc
    except NotFound as e:
        print("NotFound", e, e.what)
    except AppError as e:
        print(type(e).__name__, e, e.args)
try:
    raise NotFound
except TypeError as e:
    print("TypeError", e)
def check(v):
    if not isinstance(v, int):
        raise TypeError(f"expected int, got {type(v).__name__}")
    return v
for v in [1, "x", None]:
    try:
        print(check(v))
    except TypeError as e:
        print(e)
class Weird(Exception):
    def __init__(self):
        pass
print(repr(Weird()), str(Weird()), Weird().args)
