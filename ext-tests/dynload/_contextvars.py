import contextvars, _contextvars
from contextvars import ContextVar, Context, copy_context, Token
v = ContextVar("v", default=1)
w = ContextVar("w")
print(v.name, v.get(), repr(v)[:26], type(v), Context, Token)
t = v.set(5)
print(v.get(), t.var is v, t.old_value is Token.MISSING, repr(Token.MISSING))
ctx = copy_context()
print(ctx[v], v in ctx, w in ctx, len(ctx), list(ctx.keys()) == [v], ctx.get(w, "dflt"))
def f(x):
    v.set(x)
    w.set("w" + str(x))
    return v.get(), w.get()
print(ctx.run(f, 9), v.get(), ctx[v], ctx[w])
try:
    w.get()
except LookupError as e:
    print("LookupError", e.args[0] is w)
print(w.get("d"), w.get(None))
v.reset(t); print(v.get())
try:
    v.reset(t)
except RuntimeError as e:
    print("RuntimeError", str(e)[:15])
t2 = w.set(1)
try:
    v.reset(t2)
except ValueError as e:
    print("ValueError", str(e)[-35:])
try:
    ctx.run(ctx.run, print)
except RuntimeError as e:
    print("RuntimeError", str(e)[:40])
try:
    ctx[1]
except TypeError as e:
    print("TypeError", e)
try:
    Context(1)
except TypeError as e:
    print("TypeError", e)
try:
    Token()
except RuntimeError as e:
    print("RuntimeError", e)
try:
    class X(ContextVar): pass
except TypeError as e:
    print("TypeError", e)
try:
    ContextVar(1)
except TypeError as e:
    print("TypeError", e)
print(Context() == Context(), ctx == copy_context(), hash(v) == hash(v))
try:
    hash(ctx)
except TypeError as e:
    print("TypeError", e)
print(ContextVar[int], Token[str])
import threading
res = []
def th():
    res.append(v.get())
    v.set(100)
T = threading.Thread(target=th); T.start(); T.join()
print(res, v.get())
print(sorted(x for x in dir(ctx) if not x.startswith("_")))
import decimal
print(decimal.Decimal("1.1") + decimal.Decimal("2.2"), decimal.getcontext().prec)
