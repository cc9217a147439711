# Repeating a sequence more times than memory can hold raises MemoryError or
# OverflowError (as CPython does) instead of crashing.
import sys

big = sys.maxsize // 2 + 1
for make in (lambda: [1, 2, 3, 4], lambda: (1, 2, 3, 4), lambda: "abcd", lambda: "\u1234bcd",
             lambda: b"abcd", lambda: bytearray(b"abcd")):
    seq = make()
    for op in ("mul", "rmul", "imul"):
        try:
            if op == "mul":
                seq * big
            elif op == "rmul":
                big * seq
            else:
                s = make()
                s *= big
        except (MemoryError, OverflowError) as e:
            print(type(seq).__name__, op, type(e).__name__, e)
print([0] * 3, (1,) * 2, "ab" * 2, "\u1234" * 2, b"x" * 3, bytearray(b"y") * 2, [1] * -1)
