# bytearray mutation methods, their error cases, and in-place operators.
def attempt(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

b = bytearray(b"hello")
attempt("append", lambda: (b.append(33), b)[1])
attempt("append str", lambda: b.append("x"))
attempt("append 256", lambda: b.append(256))
attempt("append -1", lambda: b.append(-1))
attempt("append none", lambda: b.append())
attempt("extend bytes", lambda: (b.extend(b"ab"), b)[1])
attempt("extend list", lambda: (b.extend([1, 2]), b)[1])
attempt("extend gen", lambda: (b.extend(x for x in range(3)), b)[1])
attempt("extend str", lambda: b.extend("str"))
attempt("extend int", lambda: b.extend(5))
attempt("extend bad item", lambda: b.extend([1, 300]))
attempt("extend self", lambda: (b.extend(b), len(b))[1])
b = bytearray(b"abc")
attempt("insert 0", lambda: (b.insert(0, 65), b)[1])
attempt("insert -1", lambda: (b.insert(-1, 66), b)[1])
attempt("insert big", lambda: (b.insert(100, 67), b)[1])
attempt("insert -big", lambda: (b.insert(-100, 68), b)[1])
attempt("insert str idx", lambda: b.insert("x", 1))
attempt("insert bad val", lambda: b.insert(0, 999))
attempt("insert one arg", lambda: b.insert(1))
attempt("pop", lambda: b.pop())
attempt("pop 0", lambda: b.pop(0))
attempt("pop -2", lambda: b.pop(-2))
attempt("pop 99", lambda: b.pop(99))
attempt("pop str", lambda: b.pop("x"))
attempt("pop 2 args", lambda: b.pop(1, 2))
attempt("pop empty", lambda: bytearray().pop())
b = bytearray(b"abcabc")
attempt("remove b", lambda: (b.remove(98), b)[1])
attempt("remove missing", lambda: b.remove(120))
attempt("remove bytes", lambda: b.remove(b"a"))
attempt("remove 300", lambda: b.remove(300))
attempt("reverse", lambda: (b.reverse(), b)[1])
attempt("copy", lambda: (b.copy(), b.copy() is b))
attempt("clear", lambda: (b.clear(), b)[1])
attempt("clear arg", lambda: b.clear(1))
c = bytearray(b"xy")
d = c
c += b"z"
print(c, d, c is d)
c += bytearray(b"!")
c += memoryview(b"?")
print(c)
try:
    c += "s"
except TypeError as e:
    print(type(e).__name__, e)
try:
    c += 5
except TypeError as e:
    print(type(e).__name__, e)
c *= 2
print(c, d is c)
c *= 0
print(c, len(c))
e = bytearray(b"ab")
e *= -3
print(e)
try:
    e *= "x"
except TypeError as ex:
    print(type(ex).__name__, ex)
print(bytearray(b"ab") * 3, 3 * bytearray(b"ab"), bytearray(b"a") + b"b", bytearray(b"a") + bytearray(b"b"), bytearray(b"a") + memoryview(b"m"))
for bad in [lambda: bytearray(b"a") + "b", lambda: bytearray(b"a") + 1, lambda: bytearray(b"a") * 1.5, lambda: "b" + bytearray(b"a")]:
    try:
        bad()
    except TypeError as ex:
        print(type(ex).__name__, ex)
print(bytearray(b"x").__alloc__() >= 1, bytearray().__alloc__(), bytearray(5).__alloc__(), bytearray(b"ab").__sizeof__() > bytearray().__sizeof__())
grow = bytearray()
sizes = []
for i in range(20):
    grow.append(i)
    sizes.append(grow.__alloc__())
print(sizes)
print(bytearray(b"ab").__reduce__(), bytearray(b"\xff").__reduce_ex__(2))
class BA(bytearray):
    pass
s = BA(b"sub")
s.append(33)
print(s, repr(s), type(s.upper()).__name__, type(s[:1]).__name__, type(s.copy()).__name__, s == b"sub!", BA.fromhex("61"), type(BA.fromhex("61")).__name__)
try:
    hash(bytearray(b"x"))
except TypeError as ex:
    print(type(ex).__name__, ex)
