# code.replace() and types.CodeType(): every keyword, CPython's checks and messages.
import types


def f(a, b=1):
    x = a
    return x


co = f.__code__
print(type(co) is types.CodeType, type(co.co_code).__name__, type(co.co_linetable).__name__,
      type(co.co_exceptiontable).__name__)

# Round trips and equality.
same = co.replace()
print(same == co, hash(same) == hash(co), same is co)
print(co.replace(co_code=co.co_code, co_linetable=co.co_linetable,
                 co_exceptiontable=co.co_exceptiontable) == co)
print(co.replace(co_filename="elsewhere.py") == co, co.replace(co_qualname="q") == co,
      co.replace(co_stacksize=99) == co)
print(co.replace(co_name="g") == co, co.replace(co_firstlineno=99) == co,
      co.replace(co_consts=co.co_consts + (1,)) == co)
print(co == 1, co != co.replace(co_name="g"))

# Changed fields show, and the new code runs.
r = co.replace(co_name="renamed", co_qualname="Q.renamed", co_filename="new.py", co_firstlineno=40)
print(r.co_name, r.co_qualname, r.co_filename, r.co_firstlineno, co.co_name, co.co_firstlineno)
print([line - r.co_firstlineno for _, _, line in r.co_lines() if line is not None] ==
      [line - co.co_firstlineno for _, _, line in co.co_lines() if line is not None])
print(r.co_varnames, r.co_argcount, r.co_nlocals, r.co_flags == co.co_flags)


def swapped(a, b=1):
    return a


swapped.__code__ = co.replace(co_varnames=("p", "q", "y"))
print(swapped(5), swapped.__code__.co_varnames)
try:
    swapped(a=1)
except TypeError as e:
    print(type(e).__name__, e)


def uses_name():
    return some_global


some_global = "first"
other_global = "second"
uses_name.__code__ = uses_name.__code__.replace(co_names=("other_global",))
print(uses_name())

# types.coroutine flags generators with co_flags | CO_ITERABLE_COROUTINE.
@types.coroutine
def gen_coro():
    yield 1
    return 2


print(bool(gen_coro.__code__.co_flags & 0x100), type(gen_coro()).__name__)


async def waits():
    return await gen_coro()


w = waits()
print(w.send(None))
try:
    w.send(None)
except StopIteration as e:
    print("StopIteration", e.value)

# Keyword checks.
for kw in [dict(co_argcount=-1), dict(co_argcount="x"), dict(co_argcount=2 ** 40),
           dict(co_nlocals=5), dict(co_code="x"), dict(co_consts=[1]),
           dict(co_names=(1,)), dict(co_varnames=("a",)), dict(co_filename=1),
           dict(co_name=1), dict(co_qualname=b""), dict(co_linetable="x"),
           dict(co_exceptiontable=1), dict(co_code=b"abc"), dict(co_posonlyargcount=5),
           dict(co_flags=-1), dict(co_stacksize=-1), dict(co_firstlineno=-1),
           dict(co_cellvars=["z"]), dict(bogus=1), dict(co_nlocals=-1),
           dict(co_kwonlyargcount=-1), dict(co_posonlyargcount=-1), dict(co_argcount=5),
           dict(co_varnames=(1, 2))]:
    try:
        co.replace(**kw)
        print(kw, "ok")
    except Exception as e:
        print(kw, type(e).__name__, e)
try:
    co.replace(1)
except TypeError as e:
    print(type(e).__name__, e)

# The constructor: 16 to 18 positional arguments.
CodeType = types.CodeType
args = [co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount, co.co_nlocals,
        co.co_stacksize, co.co_flags, co.co_code, co.co_consts, co.co_names, co.co_varnames,
        co.co_filename, co.co_name, co.co_qualname, co.co_firstlineno, co.co_linetable,
        co.co_exceptiontable]
made = CodeType(*args)
print(made == co, made.co_name, made.co_freevars, made.co_cellvars)
print(CodeType(*args, (), ()) == co)
for i in range(16):
    bad = list(args)
    bad[i] = 1.5 if i else "s"
    try:
        CodeType(*bad)
        print(i, "ok")
    except Exception as e:
        print(i, type(e).__name__, e)


def changed(i, v):
    bad = list(args)
    bad[i] = v
    try:
        CodeType(*bad)
        print(i, v, "ok")
    except Exception as e:
        print(i, v, type(e).__name__, e)


for i, v in [(8, (1,)), (9, (1, 2, 3)), (4, -1), (5, -1), (1, -1), (2, -1), (3, -1),
             (0, -1), (1, 3), (3, 7), (6, b"abc")]:
    changed(i, v)
for n in (0, 15, 19):
    try:
        CodeType(*(args * 2)[:n])
    except TypeError as e:
        print(n, type(e).__name__, e)
try:
    CodeType(*args, co_freevars=())
except TypeError as e:
    print(type(e).__name__, e)
try:
    CodeType(*args, ("q", 1))
except TypeError as e:
    print(type(e).__name__, e)
