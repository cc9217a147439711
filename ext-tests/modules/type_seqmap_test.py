from type_seqmap import Box, Map

def show(label, f):
    try:
        print(label, "->", f())
    except BaseException as e:
        print(label, "->", type(e).__name__, e)

b = Box(1, 2, 3)
show("len", lambda: len(b))
show("item", lambda: (b[0], b[-1], b[2]))
show("out of range", lambda: b[5])
show("neg out of range", lambda: b[-5])
show("concat", lambda: b + [9])
show("repeat", lambda: (b * 2, 2 * b))
show("contains", lambda: (2 in b, 7 in b, 7 not in b))
print(b.log())
b[0] = "x"
b[-1] = "z"
del b[1]
print(b.items(), b.log())
show("del out", lambda: b.__delitem__(10))
print(b.log())
b += [4, 5]
print(b.items(), b.log())
show("iterate", lambda: list(b))
print(b.log())
show("slice", lambda: b[0:1])
show("str key", lambda: b["k"])
show("bool", lambda: bool(Box()))
show("wrappers", lambda: (b.__len__(), b.__getitem__(0), b.__contains__(4)))
print(b.log())

m = Map()
show("map get", lambda: (m["a"], m[1:2], m[1, 2], m[-1]))
show("map missing", lambda: m["missing"])
m["k"] = "v"
del m["k"]
show("map len", lambda: len(m))
print(m.log())
show("map in", lambda: "a" in m)
show("map iter", lambda: iter(m))
