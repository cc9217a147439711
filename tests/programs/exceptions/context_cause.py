# __context__, __cause__, __suppress_context__, raise from None, and implicit chaining.
def show(e):
    print(type(e).__name__, e, "| cause:", repr(e.__cause__), "| context:", repr(e.__context__), "| suppress:", e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during handling")
except ValueError as e:
    show(e)
try:
    try:
        {}["k"]
    except KeyError as ke:
        raise RuntimeError("explicit") from ke
except RuntimeError as e:
    show(e)
try:
    try:
        [][0]
    except IndexError:
        raise TypeError("hidden") from None
except TypeError as e:
    show(e)
try:
    raise ValueError("cause given directly") from KeyError("the cause")
except ValueError as e:
    show(e)
try:
    raise ValueError("class as cause") from KeyError
except ValueError as e:
    show(e)
try:
    raise ValueError("bad") from 5
except TypeError as e:
    show(e)
try:
    try:
        raise ValueError("a")
    except ValueError as a:
        try:
            raise KeyError("b")
        except KeyError:
            raise IndexError("c")
except IndexError as e:
    show(e)
    show(e.__context__)
e = Exception("manual")
e.__cause__ = KeyError("set manually")
print(e.__suppress_context__, repr(e.__cause__))
e.__suppress_context__ = False
e.__cause__ = None
print(e.__suppress_context__, e.__cause__)
try:
    e.__cause__ = "not an exception"
except TypeError as err:
    print(type(err).__name__, err)
try:
    e.__context__ = 5
except TypeError as err:
    print(type(err).__name__, err)
def reraise_same():
    try:
        raise ValueError("same")
    except ValueError as v:
        raise v
try:
    reraise_same()
except ValueError as e:
    show(e)
try:
    try:
        raise KeyError("inner")
    finally:
        print("finally sees no handled exception here")
except KeyError as e:
    show(e)
try:
    try:
        raise KeyError("first")
    finally:
        raise ValueError("from finally")
except ValueError as e:
    show(e)
