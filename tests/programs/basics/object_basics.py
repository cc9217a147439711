# object() basics: attributes cannot be set, default methods, __class__, __dict__ absence, comparisons.
o = object()
try:
    o.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(o, "__dict__"), type(o).__name__, o.__class__ is object, isinstance(o, object), o == o, o != object())
print(sorted(n for n in dir(o))[:6], len(dir(o)) > 20)
print(object.__doc__[:20] if object.__doc__ else None, object.__name__, object.__bases__, object.__mro__)
print(o.__hash__() == hash(o), o.__eq__(o), o.__eq__(1), o.__ne__(1), o.__lt__(o), o.__reduce_ex__(2)[0].__name__ if False else "")
print(o.__sizeof__() > 0, o.__format__("") == str(o), str(o) == repr(o), o.__str__() == o.__repr__())
try:
    o.__format__("x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    object(1)
except TypeError as e:
    print(type(e).__name__, e)
class Sub:
    pass
s = Sub()
s.x = 1
print(s.__dict__, Sub.__dict__["__module__"], "__weakref__" in Sub.__dict__, "__dict__" in Sub.__dict__)
print(object.__init_subclass__() is None, object.__subclasshook__(int) is NotImplemented)
print(type(object.__new__(Sub)).__name__, object.__eq__(s, s), object.__getattribute__(s, "x"))
object.__setattr__(s, "y", 2)
object.__delattr__(s, "x")
print(vars(s))
