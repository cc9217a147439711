# subgroup(), split() with types, tuples and predicates; derive() and preserved metadata.
eg = ExceptionGroup("root", [ValueError("v1"), TypeError("t1"), ExceptionGroup("sub", [ValueError("v2"), KeyError("k")]), IndexError("i")])
def show(g):
    return None if g is None else repr(g)
print(show(eg.subgroup(ValueError)))
print(show(eg.subgroup((TypeError, KeyError))))
print(show(eg.subgroup(LookupError)))
print(show(eg.subgroup(OSError)))
print(show(eg.subgroup(lambda e: isinstance(e, ValueError) and "2" in str(e))))
print(eg.subgroup(Exception) is eg, eg.subgroup(lambda e: True) is eg)
match, rest = eg.split(ValueError)
print(show(match))
print(show(rest))
match, rest = eg.split(lambda e: isinstance(e, ExceptionGroup))
print(show(match), show(rest))
m, r = eg.split(BaseException)
print(m is eg, r)
m, r = eg.split(RuntimeError)
print(m, r is eg if False else show(r))
eg.add_note("a note")
eg.__cause__ = RuntimeError("cause")
eg.__context__ = KeyError("ctx")
sub = eg.subgroup(TypeError)
print(sub.__notes__, repr(sub.__cause__), repr(sub.__context__), sub.__traceback__ is eg.__traceback__)
class Tagged(ExceptionGroup):
    def derive(self, excs):
        d = Tagged(self.message + "+derived", excs)
        return d
t = Tagged("tag", [ValueError(1), TypeError(2)])
print(repr(t.subgroup(ValueError)), type(t.split(TypeError)[0]).__name__)
class NoDerive(ExceptionGroup):
    pass
nd = NoDerive("nd", [ValueError(1), TypeError(2)])
print(type(nd.subgroup(ValueError)).__name__, repr(nd.derive([KeyError()])))
try:
    eg.split(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    eg.subgroup("x")
except TypeError as e:
    print(type(e).__name__, e)
