# __repr__ and __str__ fallbacks and their use by print, str(), repr(), f-strings, containers.
class Both:
    def __repr__(self):
        return "Both<repr>"
    def __str__(self):
        return "Both<str>"
class ReprOnly:
    def __repr__(self):
        return "ReprOnly<repr>"
class StrOnly:
    def __str__(self):
        return "StrOnly<str>"
b, r, s = Both(), ReprOnly(), StrOnly()
print(b, r, s)
print(str(b), repr(b), str(r), repr(r), str(s), repr(s).startswith("<__main__.StrOnly object at 0x"))
print([b, r], (b,), {"k": b}, f"{b} {b!r} {r} {s}", "%s %r" % (b, b), "{} {!r}".format(b, r))
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
class StrSubReturn:
    def __str__(self):
        class S(str):
            pass
        return S("subclass string")
print(str(StrSubReturn()), type(str(StrSubReturn())).__name__)
class RecursiveRepr:
    def __init__(self):
        self.items = [self]
    def __repr__(self):
        return f"R({self.items!r})" if len(self.items) < 1 else "R(...)"
print(RecursiveRepr())
class Raises:
    def __repr__(self):
        raise ValueError("repr failed")
try:
    print([Raises()])
except ValueError as e:
    print(type(e).__name__, e)
print(repr(Both), str(Both), repr(int), repr(type), repr(None), repr(NotImplemented), repr(Ellipsis), repr(...))
print(object.__repr__(b).startswith("<__main__.Both object at 0x"), object.__str__(r), ascii(Both()))
class Unicode:
    def __repr__(self):
        return "Ünïcödé"
print(repr(Unicode()), ascii(Unicode()), [Unicode()], str([Unicode()]))
