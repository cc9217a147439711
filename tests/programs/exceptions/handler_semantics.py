# except clause semantics: tuples, order, bare raise, name unbinding, exception variable scope.
def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return "lookup:" + type(e).__name__
    except ValueError:
        return "value"
    except:
        return "bare except"
print(classify(KeyError()), classify(IndexError()), classify(ValueError()), classify(TypeError()))
try:
    raise ValueError("x")
except ValueError as err:
    pass
try:
    err
except NameError as e:
    print(type(e).__name__, e)
err = "preexisting"
try:
    raise KeyError
except KeyError as err:
    pass
print("err" in dir())
def reraise():
    try:
        raise ValueError("original")
    except ValueError:
        print("handling, then bare raise")
        raise
try:
    reraise()
except ValueError as e:
    print("re-raised", e)
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
handlers = (ZeroDivisionError,)
try:
    1 / 0
except handlers as e:
    print("caught via tuple variable", type(e).__name__)
try:
    try:
        raise ValueError
    except 5:
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        raise ValueError
    except (ValueError, "str"):
        print("tuple with non-class still matches the first")
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise object
except TypeError as e:
    print(type(e).__name__, e)
class NotExc:
    pass
try:
    raise NotExc()
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise ValueError
except ValueError as e:
    print("class raised, instance caught:", repr(e), e.args)
def nested_handlers():
    try:
        try:
            raise KeyError("inner")
        except ValueError:
            return "wrong handler"
    except LookupError as e:
        return "outer caught " + repr(e)
print(nested_handlers())
try:
    pass
except Exception:
    print("not run")
else:
    print("else runs when no exception")
finally:
    print("finally always")
def exc_in_else():
    try:
        pass
    except ValueError:
        return "handler"
    else:
        raise ValueError("from else")
try:
    exc_in_else()
except ValueError as e:
    print("else exceptions are not caught by the same try:", e)
import sys
try:
    raise IndexError("current")
except IndexError:
    print(sys.exc_info()[0].__name__, sys.exc_info()[1], sys.exception())
print(sys.exc_info(), sys.exception())
