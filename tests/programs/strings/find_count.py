# find/rfind/index/rindex/count/startswith/endswith with start/end arguments.
s = "abracadabra"
for sub in ["a", "abra", "cad", "z", "", "ra", "abracadabra!"]:
    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub), s.find(sub, 3), s.rfind(sub, 0, 8), s.count(sub, 2, -2))
for args in [("a", -3), ("a", 100), ("", 11), ("", 12), ("a", 5, 2), ("b", -100, 2), ("", 5, 2)]:
    print(args, s.find(*args), s.rfind(*args), s.count(*args))
print(s.index("c"), s.rindex("a"), s.index("a", 1), s.rindex("b", 0, 5))
for args in [("x",), ("a", 11), ("abra", 1, 4)]:
    try:
        s.index(*args)
    except ValueError as e:
        print("index", type(e).__name__, e)
    try:
        s.rindex(*args)
    except ValueError as e:
        print("rindex", type(e).__name__, e)
print(s.startswith("abr"), s.startswith("bra", 1), s.startswith(("x", "ab")), s.startswith("a", 20), s.startswith(""))
print(s.endswith("bra"), s.endswith("cad", 0, 7), s.endswith(("x", "y")), s.endswith("", 11), s.endswith("a", -1))
try:
    s.startswith(["a"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.find(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.count()
except TypeError as e:
    print(type(e).__name__, e)
print("aaaa".count("aa"), "".count(""), "abc".count(""), "ääää".find("ää", 1), "日本語日本".rfind("日本"))
print("a" in s, "cad" in s, "" in s, "dab" not in s, s.find("a", None, None), s.count("a", None, 5))
try:
    1 in s
except TypeError as e:
    print(type(e).__name__, e)
print(s.removeprefix("abra"), s.removeprefix("x"), s.removesuffix("abra"), s.removesuffix(""), "".removeprefix(""))
