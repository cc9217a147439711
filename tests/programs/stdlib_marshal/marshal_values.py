# marshal round trips and CPython-made data.
import marshal

values = [None, True, False, 0, -1, 2**31 - 1, 2**31, -2**31 - 1, 2**100, -2**70, 1.5, -0.0, float("inf"),
          1 + 2j, "", "abc", "caf\u00e9", "\U0001f600", "x" * 300, b"", b"bytes", (), (1, (2, "t")),
          [1, [2]], {"k": [1, 2], 3: None}, {1, 2, 3}, frozenset(["a"]), ..., StopIteration]
for v in values:
    d = marshal.dumps(v)
    back = marshal.loads(d)
    print(type(back).__name__, back == v or back is v)
print(marshal.loads(b"\xe9\x05\x00\x00\x00"), marshal.loads(b"\xda\x03abc"), marshal.loads(b")\x02\xda\x01ar\x00\x00\x00\x00"))
print(marshal.version)
for bad in [b"", b"\x99", b"i\x01"]:
    try:
        marshal.loads(bad)
    except (EOFError, ValueError) as e:
        print(type(e).__name__, e)
try:
    marshal.dumps(object())
except ValueError as e:
    print(e)
