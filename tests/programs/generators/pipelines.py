def read(lines):
    for line in lines:
        yield line.strip()
def nonempty(it):
    return (l for l in it if l)
def numbered(it):
    for i, l in enumerate(it, 1):
        yield f"{i}: {l}"
print(list(numbered(nonempty(read(["a ", "", " b", "c"])))))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(2))))
def averager():
    total = count = 0
    avg = None
    while True:
        v = yield avg
        total += v
        count += 1
        avg = total / count
a = averager(); next(a)
print([a.send(v) for v in (10, 20, 30)])
def inner():
    r = yield "i1"
    return f"inner got {r}"
def outer():
    res = yield from inner()
    yield res
o = outer()
print(next(o), o.send("X"))
g = (i * i for i in range(3))
print(type(g).__name__, sum(g), sum(g))
def tree(d):
    for k, v in d.items():
        if isinstance(v, dict):
            yield from ((f"{k}.{kk}", vv) for kk, vv in tree(v))
        else:
            yield k, v
print(list(tree({"a": 1, "b": {"c": 2, "d": {"e": 3}}})))
