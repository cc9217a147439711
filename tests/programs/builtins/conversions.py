print(int("12"), int(12.9), int(-12.9), float("nan") != float("nan"), str(12), str(1.5), str([1, "a"]), str((1,)), str({"a": [1]}))
print(list("abc"), list((1, 2)), list({1: 2}), list(range(3)), tuple([1]), set([1, 1]), dict(a=1), frozenset())
print(bool([]), bool([0]), bool(""), bool(" "), bool(0j), bool(None), int(False), float(True), complex(2))
print(repr(1.0), repr(10**20), repr(-0.5), repr("a\nb"), repr(b"x\x00"), repr([None, True]), repr((1, (2,))))
print(format(3.14159, "06.2f"), format("s", ">3"), format(True, "d"), format(5), str(object)[:14], bytes(3), bytes([65, 66]))
print(chr(0x1F600).encode("utf-8"), hex(ord("A")), int.from_bytes(bytes([1, 2]), "big"), round(5 / 3, 3), abs(-7), divmod(-7, 2))
for bad in ["int('1e5')", "float('abc')", "int(None)", "list(5)", "dict(5)", "tuple(1)", "bytes(-1)", "chr(1114112)"]:
    try:
        eval(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
