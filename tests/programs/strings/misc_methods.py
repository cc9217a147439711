# Remaining str methods: join, format_map, isprintable, casefold comparison, str() of subclasses.
print(",".join(["a", "b", "c"]), "".join([]), "-".join("abc"), " ".join(x for x in ("p", "q")), ", ".join({"k": 1}))
for bad in [["a", 1], [b"x"], None, [None]]:
    try:
        "-".join(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print("{x}-{y}".format_map({"x": 1, "y": 2}))
class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{a} {b} {c}".format_map(Default(a="A")))
try:
    "{z}".format_map({})
except KeyError as e:
    print(type(e).__name__, e)
print("Straße".casefold() == "STRASSE".casefold(), "ﬁ".casefold(), "ΣΑΣ".casefold())
class S(str):
    def shout(self):
        return self.upper() + "!"
s = S("hi")
print(s, repr(s), s.shout(), type(s + "x").__name__, type(s.upper()).__name__, type(s[0]).__name__, type(str(s)).__name__)
print(s == "hi", hash(s) == hash("hi"), isinstance(s, str), {s: 1}["hi"], S("a") < "b", len(s))
class T(str):
    def __str__(self):
        return "custom"
t = T("base")
print(str(t), "%s" % t, f"{t}", format(t), repr(t), t + "!", "{}".format(t))
class U(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())
print(U("abc"), U("abc").lower(), type(U("x")).__name__)
print("abc".__class__.__name__, str.__name__, str.__mro__, type("").__name__)
print(str(object=5), str(b"abc", "ascii"), str(encoding="utf-8", object=b"q"))
try:
    str(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print("x".center(3).isprintable(), "\u00ad".isprintable(), "\u0378".isprintable(), chr(0x10FFFF).isprintable())
print("A".zfill(3), "ab".ljust(4, "ü"), "Ab".swapcase(), "aB".swapcase().swapcase())
