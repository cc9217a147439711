import sys
import pyos_misc as p

def show(label, fn):
    try:
        print(label, "->", fn())
    except BaseException as e:
        print(label, "->", type(e).__name__, e)

calls = []
sys.setrecursionlimit(400)
show("runaway", lambda: p.runaway(lambda: calls.append(1)))
print("python called back", len(calls) > 0)
show("bounded", lambda: p.bounded(100))
show("bounded too deep", lambda: p.bounded(100000))
show("bounded again", lambda: p.bounded(10))
sys.setrecursionlimit(1000)
show("snprintf", p.snprintf_test)
for v in [0.1, 1e22, -0.0, 2.5, 1 / 3, float("inf"), float("-inf"), float("nan"), 123456789.0]:
    for code, prec, flags in [("r", 0, 0), ("g", 6, 0), ("e", 3, 0), ("f", 2, 0), ("r", 0, p.SIGN),
                              ("g", 3, p.ADD_DOT_0), ("g", 3, p.ALT), ("E", 2, 0), ("F", 1, 0), ("G", 4, 0)]:
        show(f"d2s {v!r} {code} {prec} {flags}", lambda: p.double_to_string(v, code, prec, flags))
for s in ["1.5", "  2.5", "1e500", "-1e500", "nan", "-inf", "1.5abc", "abc", "0x10", "1_0"]:
    for use_end in (True, False):
        for ovf in (True, False):
            show(f"s2d {s!r} {use_end} {ovf}", lambda: p.string_to_double(s, use_end, ovf))
for s, base in [("123", 10), ("-42xyz", 10), ("0x1f", 16), ("0x1f", 0), ("077", 0), ("z", 36), ("99999999999999999999", 10)]:
    show(f"strtol {s!r} {base}", lambda: p.strtol_test(s, base))
for a, b in [("abc", "ABC"), ("abd", "ABC"), ("ab", "ABz"), ("", "a")]:
    show(f"cmp {a} {b}", lambda: p.compare_test(a, b))
show("runtime", p.runtime)
