# replace, translate, maketrans.
s = "one two one two one"
print(s.replace("one", "1"), s.replace("one", "1", 2), s.replace("one", "1", 0), s.replace("one", "1", -1))
print("abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"), "aaa".replace("a", ""), "aaa".replace("aa", "b"))
print("héllo".replace("é", "e"), "x".replace("x", "xx" * 3), "abcabc".replace("bc", "BC", 1))
try:
    s.replace("a")
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.replace(1, "a")
except TypeError as e:
    print(type(e).__name__, e)
t = str.maketrans("abc", "xyz")
print(sorted(t.items()), "aabbcc".translate(t), "abcd".translate({ord("a"): None, ord("b"): "BB", 100: 68}))
t2 = str.maketrans({"a": "1", "b": None, ord("c"): "33"})
print(sorted(t2.items()), "abcabc".translate(t2))
t3 = str.maketrans("ab", "cd", "xyz")
print(sorted(t3.items()), "axbycz".translate(t3))
for args in [("abc", "de"), ({1.5: "a"},), ("abc",), ({"ab": "c"},)]:
    try:
        str.maketrans(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
class Table:
    def __getitem__(self, k):
        if k == ord("q"):
            raise LookupError
        return k + 1
print("abcq".translate(Table()))
try:
    "abc".translate({97: 1.5})
except TypeError as e:
    print(type(e).__name__, e)
print("abc".translate({97: 0x1F600}), "日本".translate({ord("日"): "月"}), "abc".translate({}))
