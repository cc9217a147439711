# Handler selection: first matching clause wins even if a later one is more specific; subclasses of builtin errors.
class MyKeyError(KeyError):
    pass
def handle(exc):
    try:
        raise exc
    except LookupError as e:
        return f"LookupError clause got {type(e).__name__}"
    except KeyError:
        return "never: KeyError after LookupError"
print(handle(MyKeyError("x")), handle(IndexError()), handle(KeyError()))
def handle2(exc):
    try:
        raise exc
    except (MyKeyError, ZeroDivisionError) as e:
        return f"tuple clause {type(e).__name__}"
    except ArithmeticError as e:
        return f"ArithmeticError clause {type(e).__name__}"
    except Exception as e:
        return f"Exception clause {type(e).__name__}"
for exc in [MyKeyError(), KeyError(), ZeroDivisionError(), OverflowError(), ValueError()]:
    print(handle2(exc))
print(MyKeyError("m"), repr(MyKeyError("m")), str(MyKeyError()), isinstance(MyKeyError(), LookupError))
try:
    {}["missing"]
except MyKeyError:
    print("no: builtin KeyError is not MyKeyError")
except KeyError as e:
    print("builtin KeyError", e)
