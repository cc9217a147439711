import tstate_exc as m

def show(f, *args):
    try:
        r = f(*args)
        print("returned", r)
    except BaseException as e:
        print(type(e).__name__, e.args)

show(m.raise_direct, ValueError, "from the fields")
show(m.raise_direct, KeyError, ("a", 1))
show(m.raise_direct, OSError, (2, "No such file"))
show(m.raise_direct, TypeError, TypeError("an instance"))

def raises_key():
    raise KeyError("k")

t, v, has_tb = m.fetch_direct(raises_key)
print(t.__name__, repr(v), has_tb)
print(m.fetch_direct(lambda: "no error"))
print(m.set_then_look())
print(m.swallow_if(raises_key, KeyError))
print(m.swallow_if(raises_key, LookupError))
show(m.swallow_if, raises_key, ValueError)
print(m.swallow_if(lambda: 3, KeyError))
print(m.handled())
try:
    raise IndexError("handled now")
except IndexError:
    print(repr(m.handled()))
    try:
        raise KeyError("inner")
    except KeyError:
        print(repr(m.handled()))
    print(repr(m.handled()))
print(m.handled())
