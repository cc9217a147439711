# Unpacking in calls and literals with generators and side effects; evaluation order left to right.
log = []
def g(tag, n):
    for i in range(n):
        log.append(f"{tag}{i}")
        yield f"{tag}{i}"
def f(*args, **kw):
    return args, kw
print(f(*g("a", 2), "mid", *g("b", 1)), log)
log.clear()
print([*g("x", 2), *g("y", 2)], log)
log.clear()
def kwsrc(tag):
    log.append(tag)
    return {tag: len(log)}
print(f(**kwsrc("p"), q=0, **kwsrc("r")), log)
print({*g("s", 2)} == {"s0", "s1"}, (*g("t", 1),), {**{"k": 1}, **{"k": 2}})
try:
    f(**kwsrc("dup"), **kwsrc("dup"))
except TypeError as e:
    print(type(e).__name__, e)
print(dict(**{"a": 1}, b=2), [*range(3)][::-1], (*"ab", *b"c"), [*{"z": 1, "y": 2}], [*{"z": 1}.values()])
a, (b, *c), *d = 1, (2, 3, 4), 5, 6
print(a, b, c, d)
