import xxlimited
print(xxlimited.foo(2, 3), xxlimited.Xxo.__name__, xxlimited.Xxo.__module__)
o = xxlimited.Xxo()
print(type(o).__name__, o.demo("x"), o.demo(None))
o.attr = 5
print(o.attr)
del o.attr
try:
    o.attr
except AttributeError:
    # CPython names the type by tp_name ('xxlimited.Xxo'), oxpy by __name__.
    print("AttributeError")
print(xxlimited.Error.__mro__[1].__name__)
s = xxlimited.Str("text")
print(s, type(s).__name__, isinstance(s, str))
