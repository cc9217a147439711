# _imp._fix_co_filename renames co_filename in a code object and the code nested in it.
import _imp

c = compile("def f():\n    def g():\n        1 / 0\n    return g\n", "old.py", "exec")
inner = c.co_consts[0]
_imp._fix_co_filename(c, "new.py")
print(c.co_filename, inner.co_filename, inner.co_consts[1].co_filename)
ns = {}
exec(c, ns)
print(ns["f"].__code__.co_filename, ns["f"]().__code__.co_filename)
try:
    ns["f"]()()
except ZeroDivisionError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print(tb.tb_frame.f_code.co_filename)
other = compile("x = 1", "keep.py", "exec")
_imp._fix_co_filename(other, "keep.py")
print(other.co_filename)
for args in [(1, "x"), (other, 1), (other,)]:
    try:
        _imp._fix_co_filename(*args)
    except TypeError as e:
        print(type(e).__name__, e)
