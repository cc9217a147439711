# The format-spec mini-language on strings and other objects; __format__ overrides.
for spec in ["", "s", "10", "<10", ">10", "^10", "*^10", ".2", "10.3", "^9.1", "0>5", "é<6", "=>4"]:
    print(repr(spec), repr(format("hello", spec)), repr(format("日本", spec)))
for spec in ["d", "=10", "+", ",", "#", "010", "z"]:
    try:
        print(format("x", spec))
    except ValueError as e:
        print(repr(spec), type(e).__name__, e)
print(format(None), format([1, 2]), format((1,), ""), format({"a": 1}), format(str, ""))
for obj in (None, [1], object):
    try:
        format(obj, "10")
    except TypeError as e:
        print(type(e).__name__, e)
class Temp:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        if spec.endswith("F"):
            return format(self.c * 9 / 5 + 32, spec[:-1] + "f") + "°F"
        return format(self.c, spec) + "°C"
t = Temp(21.5)
print(format(t), format(t, ".2F"), f"{t:>8.1}", "{:F}".format(t), "{0:.0F} and {0}".format(t))
class BadFormat:
    def __format__(self, spec):
        return 42
try:
    format(BadFormat())
except TypeError as e:
    print(type(e).__name__, e)
try:
    f"{BadFormat()}"
except TypeError as e:
    print(type(e).__name__, e)
class Plain:
    def __str__(self):
        return "plain!"
print(format(Plain()), f"{Plain()}", "{}".format(Plain()), f"{Plain()!s:>8}", f"{Plain()!r:.3}"[:3])
print(object.__format__(Plain(), ""), str.__format__("ab", "4"), int.__format__(5, "03"))
