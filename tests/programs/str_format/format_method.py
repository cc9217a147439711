# str.format: positional, keyword, auto-numbering, attribute/index lookup, conversions, nesting.
print("{} {} {}".format(1, "a", None), "{0} {1} {0}".format("x", "y"), "{a}-{b}".format(a=1, b=2))
print("{0[0]} {0[key]} {1.real} {1.imag}".format({0: "zero", "key": "v"}, 3 + 4j))
print("{0[1][0]} {x[a]}".format([0, [5, 6]], x={"a": "b"}), "{!r} {!s} {!a}".format("é", "é", "é"))
print("{:{}}|{:{w}.{p}f}|{:>{}}".format("ab", 5, 3.14159, "r", 4, w=10, p=2))
print("{{literal}} {{{0}}} }}{{".format(7), "{0:{1}{2}}".format(5, "0", "4"))
class Obj:
    attr = "A"
    items = {"k": "K"}
print("{0.attr} {0.items[k]} {0.__class__.__name__}".format(Obj()))
for fmt, args, kw in [("{", (), {}), ("}", (), {}), ("{0} {}", (1, 2), {}), ("{} {0}", (1, 2), {}), ("{1}", (1,), {}),
                      ("{x}", (), {}), ("{0.nope}", (1,), {}), ("{0[5]}", ([1],), {}), ("{!x}", (1,), {}),
                      ("{0:{1:{2}}}", (1, 2, 3), {}), ("{:d}", ("s",), {}), ("{0[}", ([1],), {}), ("{0!}", (1,), {}),
                      ("{a.b.c}", (), {"a": 1}), ("{0]}", (1,), {}), ("{:", (), {}), ("{0:x", (1,), {})]:
    try:
        print(repr(fmt.format(*args, **kw)))
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as e:
        print(repr(fmt), type(e).__name__, e)
print("{0[-1]}".format({"-1": "str key"}), "{0[01]}".format({"01": "x"}) if False else "", "{:,}".format(10**9))
print("{{}}".format(), "x{}y".format(""), "{0:}".format(5), "{0!s:}".format(5), "{:*<5}{:*>5}".format(1, 2))
print(str.format("{}-{}", 1, 2), "{0}{0}{0}".format("ab"), "{:^{}}".format("c", 7), "{0:{0}}".format(3))
