# "Did you mean" suggestions printed by sys.excepthook for AttributeError and NameError (CPython 3.11 rules).
import sys
def show(f):
    try:
        f()
    except BaseException as e:
        sys.excepthook(type(e), e, e.__traceback__)
class Widget:
    colour = "red"
    def __init__(self):
        self.width = 3
        self.Height = 4
    def method(self):
        return self.widht
w = Widget()
show(lambda: w.colur)
show(lambda: w.height)        # case flip costs 1
show(lambda: w.method_)
show(lambda: w.xyz)           # nothing close
show(w.method)
show(lambda: Widget.colr)     # type object
show(lambda: sys.getrecursionlimt)
show(lambda: "abc".uper())
show(lambda: [].apend)
show(lambda: (1).bit_lenght)
def uses_local():
    counter_value = 1
    return countr_value
show(uses_local)
global_thing = 5
show(lambda: global_thin)
show(lambda: lenn)            # builtins
show(lambda: Tru)
show(lambda: zzzzzz)
def closure():
    outer_name = 1
    def inner():
        return outer_nam
    return inner()
show(closure)
class Sub(AttributeError): pass
def raise_sub():
    raise Sub("custom", name="colur", obj=w)
show(raise_sub)               # subclasses get no suggestion
def raise_named():
    raise NameError("hand made", name="prnt")
show(raise_named)
def raise_attr_kw():
    raise AttributeError("kw made", name="widt", obj=w)
show(raise_attr_kw)
class Dyn:
    def __getattr__(self, name):
        raise AttributeError(f"no {name}")
    def __dir__(self):
        return ["alpha", "beta"]
show(lambda: Dyn().alpah)
class BadDir:
    def __dir__(self):
        raise RuntimeError("dir failed")
show(lambda: BadDir().anything)
long_name_a = 1
show(lambda: long_name_b)
show(lambda: a_very_long_identifier_name_that_goes_on_and_on_x)
a_very_long_identifier_name_that_goes_on_and_on_y = 1
show(lambda: a_very_long_identifier_name_that_goes_on_and_on_x)
try:
    w.colur
except AttributeError as e:
    print("str has no suggestion:", e, e.name, e.obj is w)
print(w.widht)
