# types.FunctionType, MethodType, TracebackType and CellType built by hand: arguments, checks, messages.
import types, sys
def t(f, *a, **k):
    try: r = f(*a, **k); print("ok", type(r).__name__)
    except Exception as e: print(type(e).__name__, e)
def f(a, b=1): return a
def outer():
    x = 1
    def inner(): return x
    return inner
inn = outer()
FT = types.FunctionType
t(FT, 1, {}); t(FT, f.__code__, 1); t(FT, f.__code__, {}, 1); t(FT, f.__code__, {}, "n", 1); t(FT, f.__code__, {}, None, None, 1)
t(FT, inn.__code__, {}); t(FT, inn.__code__, {}, None, None, (1,)); t(FT, inn.__code__, {}, None, None, ()); t(FT, f.__code__, {}, None, None, (types.CellType(1),))
t(FT, f.__code__, {}, None, [1]); t(FT, f.__code__, {}, None, None, None); t(FT, f.__code__, {}, None, None, []);
t(FT, inn.__code__, {}, None, None, [types.CellType(2)])
t(FT, code=f.__code__, globals={}, name="kw", argdefs=(3,), closure=None)
t(FT); t(FT, f.__code__, {}, "n", None, None, 6)
g = FT(inn.__code__, {"__name__": "modx"}, None, None, (types.CellType(5),)); print(g(), g.__name__, g.__module__, g.__qualname__)
g = FT(f.__code__, {"__builtins__": {"len": 1}}); print(g.__builtins__, g.__module__)
MT = types.MethodType
t(MT, 1, 2); t(MT, f, None); t(MT, f); t(MT, f, 1, 2); t(MT, f, 1, k=1)
m = MT(f, 7); print(m(), m.__self__, m.__func__ is f, repr(m))
m2 = MT(len, [1,2]); print(m2())
print(MT(f, 7) == MT(f, 7), hash(MT(f, 7)) == hash(MT(f, 7)))
class C: pass
print(MT(f, C())() .__class__.__name__)
TT = types.TracebackType
fr = sys._getframe()
t(TT, 1, fr, 0, 1); t(TT, None, 1, 0, 1); t(TT, None, fr, "x", 1); t(TT, None, fr, 0, "y"); t(TT, None, fr, 0); t(TT, None, fr, 0, 1, 2)
t(TT, tb_next=None, tb_frame=fr, tb_lasti=0, tb_lineno=3)
tb = TT(None, fr, 6, 99); print(tb.tb_lineno, tb.tb_lasti, tb.tb_next)
try: tb.tb_next = 1
except Exception as e: print(type(e).__name__, e)
try: del tb.tb_next
except Exception as e: print(type(e).__name__, e)
tb2 = TT(tb, fr, 0, 5)
try: tb.tb_next = tb2
except Exception as e: print(type(e).__name__, e)
try: tb.tb_lineno = 3
except Exception as e: print(type(e).__name__, e)
print(types.CellType().__class__.__name__, types.CellType(3).cell_contents)
t(types.CellType, 1, 2); t(types.CellType, x=1)
t(TT, None, fr, -1, 0); t(TT, None, fr, 2**70, 0)
# Setting __code__ checks the free variables against the closure.
try:
    f.__code__ = inn.__code__
except ValueError as e:
    print(type(e).__name__, e)
try:
    inn.__code__ = f.__code__
except ValueError as e:
    print(type(e).__name__, e)
# A module-level body made into a function runs with its globals as locals.
ns = {"__name__": "made"}
body = FT(compile("x = 1\ny = x + 1", "<body>", "exec"), ns)
print(body(), ns["y"], body.__module__)
try:
    FT(compile("print(undefined_name)", "<body>", "exec"), {})()
except NameError as e:
    print(type(e).__name__, e)
