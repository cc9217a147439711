# String operators: concatenation, repetition, comparison, membership, indexing errors.
a, b = "abc", "abd"
print(a + b, a * 3, 3 * a, a * 0, a * -2, "" * 100, a < b, a > b, a <= "abc", "Z" < "a", "é" > "z", "" < "a")
print("abc" == "abc", "abc" != "ABC", "a" < "aa", "ab" < "b", max("apple", "pear"), min(["b", "a", "c"]))
print(sorted(["b", "A", "a", "B", "é", "e", "Z", "_", "1"]), ord("A"), ord("a"), chr(233))
for expr in ["a + 1", "1 + a", "a * 'b'", "a * 1.5", "a - 'a'", "a < 1", "-a", "a[5]", "a['x']", "a[1.0]"]:
    try:
        print(expr, eval(expr))
    except (TypeError, IndexError) as e:
        print(expr, type(e).__name__, e)
try:
    a[0] = "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    del a[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    "x" * (2 ** 63)
except (OverflowError, MemoryError) as e:
    print(type(e).__name__, e)
s = "hello"
s += " world"
s *= 2
print(s, len(s), s[::-1], s[-1], s[0], s[3:8], s[100:], s[-100:2])
print(str(), str(123), str(1.5), str([1, "a"]), str(None), str(b"x"), str(str), repr("it's"), repr('say "hi"'))
print(str.__add__("a", "b"), str.__mul__("ab", 2), str.__rmul__("ab", 3), str.__contains__("abc", "b"), "a".__lt__("b"))
print("a".__add__("b"), "a".__eq__(1), "abc".__getitem__(1), "abc".__len__(), "%s".__mod__(5), "x".__rmod__(5))
print(list("héllo"), tuple("ab"), set("aa"), "".join(reversed("abc")), "abc".__iter__().__next__())
