"""Exercise the test extensions (built against include-python) under
CPython 3.11.  Usage: python3.11 run_extensions.py DIR"""
import sys
import traceback

sys.path.insert(0, sys.argv[1])

import static_type as s

v = s.Vector(4, 2.0, "lbl")
v[1] = 5
assert list(v) == [0, 5, 0, 0]
v.fill(3)
assert v.sum() == 24.0 and len(v) == 4 and 3 in v and 4 not in v
assert v[1:3] == [3, 3] and v[-1] == 3
assert bytes(memoryview(v))[:8] == (3).to_bytes(8, sys.byteorder)
assert v.describe(verbose=True) == {"length": 4, "scale": 2.0, "label": "lbl"}
assert v.version() >> 16 == sys.hexversion >> 16 and v.first == 3 and (v * 2.0).scale == 4.0
assert repr(v) == "<Vector 'lbl' of 4, scale 2.0>"
assert s.Vector.zeros(2).length == 2 and s.PY_MINOR_VERSION == 11
try:
    s.fail("boom")
except s.Error as e:
    assert str(e) == "boom" and isinstance(e, RuntimeError)
else:
    raise AssertionError("static_type.fail() did not raise")

import heap_type as h

c = h.Counter(10, 3)
assert (next(c), next(c)) == (10, 13)
assert c.advance(2) == (22, 1) and c.advance(quiet=True) is None and c.value == 25
assert h.created() == 1 and h.counter_type() == (h.Counter, "Counter") and h.API_VERSION == 1013
try:
    c.advance(bogus=1)
except TypeError:
    pass
else:
    raise AssertionError("advance() accepted a bogus keyword")

import clinic_fastcall as cf

assert cf.join([1, 2, 3]) == "1 2 3" and cf.join(["a", "b", "c"], "-", limit=2) == "a-b"
assert cf.clamp(5, 0, 3) == 3.0
assert cf.count_chars("h\u00e9llo\u20ac") == (6, 1, 2, False)
assert cf.first_char("\u20acx") == "\u20ac" and cf.call_with(max, 1, 5, 2) == 5
assert cf.sum_values({"a": 1, "b": 2}) == (3, 2)
assert cf.swap((1, 2)) == (2, 1) and cf.swap([1, 2]) == [2, 1]
assert cf.bytes_info(b"hello") == (5, b"hell")
try:
    raise ValueError("handled")
except ValueError as e:
    assert cf.peek_error() is e

import limited_abi3 as la

b = la.Blob(16)
assert b.checksum() == 0 and b.describe() == "Blob of 16 bytes"
assert la.total_size(b) == 16 and len(b) == 16 and la.first_item((7, 8)) == 7

import cython_like as cl

f = cl.cyfunction()
assert f(1, 2) == 43 and f() == 41
assert cl.digits(2**40) == (2**40, 2, 4) and cl.digits(-5) == (-5, -1, 4)
assert cl.squares(6) == [0, 1, 4, 9, 16, 25]
assert cl.same("abc", "abc") and not cl.same("abc", "abd")
assert cl.call(len, "abc") == 3 and cl.call(lambda *a: a, 1, 2) == (1, 2)
assert cl.lookup(str, "upper") == "upper" and cl.lookup(3, "real") == 3
assert str(cl.today()) == "2022-10-24" and cl.interp_id() == 0
try:
    cl.fail("bad")
except RuntimeError as e:
    last = traceback.extract_tb(e.__traceback__)[-1]
    assert (last.filename, last.lineno, last.name) == ("cython_like.pyx", 42, "fail")
try:
    raise KeyError("k")
except KeyError as e:
    assert cl.handled() is e

import cplusplus

assert cplusplus.pair_sum(2, 3) == 5 and cplusplus.first_code_point("\u00e9") == 0xE9

del v, c, b, f
print("all extensions behave")
