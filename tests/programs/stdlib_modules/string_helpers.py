# _string: formatter_parser and formatter_field_name_split, and
# string.Formatter built on them.
import _string
import string

for s in ["a{{b", "a}}b", "{}", "{0!r:>5}", "x{a.b[c]:{w}}y", "{!}", "{0!x}", "{0!rx}", "{", "}", "a{0",
          "{0:", "{0!", "{:{}}", "{[}", "{a[}]}", "abc", "", "{0}{1}tail", "{!r}", "é{0}ü", "{{}}"]:
    try:
        print(repr(s), list(_string.formatter_parser(s)))
    except Exception as e:
        print(repr(s), type(e).__name__, e)
it = _string.formatter_parser("ok{0}{")
print(next(it))
try:
    next(it)
except ValueError as e:
    print("lazy", e)
for s in ["a.b[0]", "0.x", "", "[x]", "a..b", "a[", "a]b", "a[0]x", "a.", "12", "-1", "a[ 1]", "a[01]", "a[]",
          "x[0][1].y"]:
    try:
        first, rest = _string.formatter_field_name_split(s)
        print(repr(s), repr(first), list(rest))
    except Exception as e:
        print(repr(s), type(e).__name__, e)
print(type(_string.formatter_parser("")).__name__, type(_string.formatter_field_name_split("")[1]).__name__)
for bad in [5, None]:
    try:
        _string.formatter_parser(bad)
    except TypeError as e:
        print(e)

f = string.Formatter()
print(f.format("{0}-{name!r:>8}-{x[1]}-{o.real}", 1, name="n", x=[5, 6], o=3))
print(f.format("{:{w}.{p}f}", 3.14159, w=10, p=2))
print(list(f.parse("a{b}c")))
print(string.Template("$who likes $what").substitute(who="tim", what="kung pao"))
print(string.capwords(" hello   world "))
