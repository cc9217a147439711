print(abs(-3), abs(2.5), divmod(17, 5), pow(2, 8), pow(2, 8, 5), round(7.567, 1), min(3, 1, 2), max("abc"), sum([0.1] * 10))
print(len([1, 2]), len("abc"), len({}), len(range(10)), sorted({3, 1}), list(reversed([1, 2, 3])), list(enumerate("ab", 1)))
print(list(zip("ab", [1, 2], (True, False))), list(map(str, [1, 2])), list(filter(lambda v: v % 2, range(6))), any([]), all([1, 1]))
print(chr(97), ord("z"), hex(255), oct(8), bin(10), int("7"), float("2.5"), str(3), bool(0), repr("s"), ascii("ü"))
print(isinstance(3, int), isinstance(True, int), isinstance(3, (str, float)), issubclass(bool, int), callable(len), callable(3))
print(type(3), type("s"), type([]), type(None), type(len), type(type))
print(hash(1) == hash(1.0), id(None) == id(None), getattr(3, "real"), hasattr([], "append"), format(3.5, ".1f"))
it = iter([1, 2]); print(next(it), next(it), next(it, "default"))
print(list(iter(lambda: 1, 1)), dir([])[:3], "append" in dir([]))
print(eval("1 + 2"), eval("x * 2", {"x": 21}), exec("y = 5", {}) is None)
g = {}
exec("def f(): return 7\nz = f()", g); print(g["z"])
print(globals()["__name__"], "print" in dir(__builtins__) if hasattr(__builtins__, "__dict__") else True)
print(sum([[1], [2]], []), sum(range(5), 10), max([], default="empty"), min([3, 1], key=lambda v: -v))
for bad in ["len(5)", "abs('x')", "max()", "min([])", "sum(['a'])", "chr(-1)", "ord('ab')", "iter(5)", "next(iter([]))"]:
    try:
        eval(bad)
    except Exception as e:
        print(type(e).__name__ + ":", e)
