# Code object attributes.
def f(a, b=1, *args, c, d=2, **kw):
    """doc"""
    x = a + b
    def inner():
        return x
    return inner
co = f.__code__
print(co.co_name, co.co_qualname, co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount, co.co_nlocals)
print(co.co_varnames, co.co_cellvars, co.co_freevars, co.co_filename, co.co_firstlineno)
print(co.co_flags & 0x04 != 0, co.co_flags & 0x08 != 0, co.co_flags & 0x20 != 0, type(co.co_code).__name__, type(co.co_consts).__name__)
print("doc" in co.co_consts, co.co_names)
ic = f(1, c=0).__code__
print(ic.co_name, ic.co_qualname, ic.co_freevars, ic.co_cellvars, ic.co_argcount)
def gen():
    yield
async def coro():
    pass
async def agen():
    yield
for fn in (gen, coro, agen, f, lambda: 0):
    c = fn.__code__
    print(c.co_name, bool(c.co_flags & 0x20), bool(c.co_flags & 0x80), bool(c.co_flags & 0x200))
mod = compile("x = 1\ny = x + 2\n", "modname.py", "exec")
print(mod.co_name, mod.co_filename, mod.co_names, mod.co_argcount, mod.co_firstlineno)
lam = compile("lambda q: q", "l.py", "eval")
print(lam.co_name, [type(c).__name__ for c in lam.co_consts if hasattr(c, "co_name")])
def posonly(a, b, /, c):
    pass
print(posonly.__code__.co_posonlyargcount, posonly.__code__.co_argcount, posonly.__code__.co_varnames)
r = co.replace(co_name="renamed")
print(r.co_name, co.co_name, type(r).__name__)
print(co == f.__code__, hash(co) == hash(f.__code__))
print(list(co.co_lines())[0][2] == co.co_firstlineno or list(co.co_lines())[0][2] is None or True)
