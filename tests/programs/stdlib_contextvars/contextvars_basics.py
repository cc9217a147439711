# contextvars: ContextVar get/set/reset, Token, Context mapping and run(),
# copy_context(), and the error messages.
import contextvars
from contextvars import Context, ContextVar, Token, copy_context

a = ContextVar("a")
b = ContextVar("b", default=10)
print(a.name, b.name, type(a).__name__, type(a).__module__)
print(repr(b).startswith("<ContextVar name='b' default=10 at 0x"))
print(b.get(), b.get(5))
try:
    a.get()
except LookupError as e:
    print("LookupError", e.args[0] is a)
print(a.get("dflt"))

t = a.set(1)
print(a.get(), t.var is a, t.old_value is Token.MISSING, repr(Token.MISSING))
print(repr(t).startswith("<Token var=<ContextVar name='a' at 0x"))
t2 = a.set(2)
print(a.get(), t2.old_value)
a.reset(t2)
print(a.get())
try:
    a.reset(t2)
except RuntimeError as e:
    print("RuntimeError", "has already been used once" in str(e), repr(t2).startswith("<Token used var="))
try:
    b.reset(t)
except ValueError as e:
    print("ValueError", "was created by a different ContextVar" in str(e))
a.reset(t)
try:
    a.get()
except LookupError:
    print("unset again")

ctx = copy_context()
print(type(ctx).__name__, len(ctx), a in ctx, b in ctx)
b.set(20)
print(b.get(), ctx.get(b), b in ctx)


def inside(x, y=0):
    b.set(x + y)
    return b.get(), contextvars.copy_context()[b]


print(ctx.run(inside, 1, y=2))
print(ctx[b], b.get(), len(ctx), list(ctx) == [b], ctx.get(a, "none"))
print(list(ctx.keys()) == [b], list(ctx.values()), [(k is b, v) for k, v in ctx.items()])
try:
    ctx["x"]
except TypeError as e:
    print("TypeError", e)
try:
    ctx[a]
except KeyError as e:
    print("KeyError", e.args[0] is a)


def reenter():
    ctx.run(lambda: None)


try:
    ctx.run(reenter)
except RuntimeError as e:
    print("RuntimeError", "is already entered" in str(e))

c2 = ctx.copy()
print(c2 == ctx, c2 is ctx, Context() == Context(), len(Context()))
c2.run(b.set, 99)
print(c2[b], ctx[b], c2 == ctx)
for bad in (lambda: Context(1), lambda: Token(), lambda: ContextVar(1), lambda: hash(ctx)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(hash(a) == hash(a), ContextVar[int], Token[int])
