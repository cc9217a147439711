# ExceptionGroup / BaseExceptionGroup construction, attributes, str/repr, and validation errors.
eg = ExceptionGroup("many", [ValueError(1), TypeError("t"), KeyError("k")])
print(eg, repr(eg), eg.message, eg.exceptions, eg.args, type(eg).__name__, len(eg.exceptions))
print(isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup), ExceptionGroup.__mro__)
beg = BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError()])
print(type(beg).__name__, repr(beg))
auto = BaseExceptionGroup("all exceptions", [ValueError(), KeyError()])
print(type(auto).__name__)
nested = ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [TypeError("b")])])
print(repr(nested), str(nested), nested.exceptions[1].exceptions)
for args in [("msg", []), ("msg", [1]), (5, [ValueError()]), ("msg", ValueError()), ("msg",), ("m", [KeyboardInterrupt()])]:
    try:
        print(repr(ExceptionGroup(*args)))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(str(ExceptionGroup("one", [ValueError()])), str(ExceptionGroup("", [ValueError(), ValueError()])))
class MyGroup(ExceptionGroup):
    pass
mg = MyGroup("mine", [ValueError("x")])
print(type(mg).__name__, repr(mg), isinstance(mg, ExceptionGroup))
print(ExceptionGroup("t", (ValueError(),)).exceptions, type(eg.exceptions).__name__)
try:
    raise ExceptionGroup("raised", [OSError("o")])
except ExceptionGroup as caught:
    print("plain except catches the group:", repr(caught))
try:
    raise ExceptionGroup("raised", [OSError("o")])
except OSError:
    print("not reached")
except Exception as e:
    print("OSError handler does not match a group:", type(e).__name__)
