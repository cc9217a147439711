import bytes_api as b

class MyBytes(bytes):
    pass

def show(f, *args):
    try:
        print(f.__name__, args, "->", f(*args))
    except BaseException as e:
        print(f.__name__, args, "->", type(e).__name__, e)

show(b.filled, 0)
show(b.filled, 30)
show(b.filled, -1)
show(b.as_string, b"abc")
show(b.as_string, MyBytes(b"sub"))
show(b.as_string, "str")
show(b.as_string, bytearray(b"x"))
show(b.as_string_nul, b"ok")
show(b.as_string_nul, b"a\0b")
show(b.from_format)
show(b.concat, b"ab", b"cd")
show(b.concat, b"ab", "cd")
show(b.concat, b"", bytearray(b"ba"))
show(b.resize, b"abcdef", 3)
show(b.resize, b"ab", 5)
show(b.resize, b"ab", 0)
for v in [b"x", bytearray(b"y"), [1, 2, 255], (65,), "s", 5, [256]]:
    show(b.bytes_from_object, v)
print(b.bytes_from_object(memoryview(b"mv")), b.bytes_from_object(iter([66])))
for v in [b"abc", bytearray(b"q"), [0x41], "str"]:
    show(b.bytearray_ops, v)
ba = bytearray(b"long content")
print(b.bytearray_shrink(ba), ba)
ba = bytearray(b"xyz")
m = memoryview(ba)
show(b.bytearray_shrink, ba)
print(ba)
m.release()
print(b.checks(b""), b.checks(MyBytes()), b.checks(bytearray()))
