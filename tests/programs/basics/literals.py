# Literal syntax: numbers, strings, bytes, containers, and their reprs.
print(0, 1_000, 0b101, 0o17, 0xFF, 1.5, 1., .5, 1e3, 1E-3, 1_0.0_1, 3j, 1.5j, 1e2j, 0.0)
print("s", 's', """triple""", '''triple''', r"\raw", b"bytes", rb"\raw", br"\x", "\x41\u0042\U00000043\N{DIGIT ONE}")
print("a" "b" 'c', "line\
continuation", len("""a
b"""))
print([], [1, 2,], (), (1,), (1, 2,), {}, {1: 2,}, {1, 2,}, [[], [[]]], ({},))
print(True, False, None, ..., type(...).__name__)
print(0x_dead_beef, 0b_1111_0000, 0o_777, 1e1_0)
print(repr("\t\n\r\x0b\x0c"), repr(b"\t\n\x00\xff"), "\'", '\"', "\\", len("\N{SNOWMAN}"), "\101")
print(type(1).__name__, type(1.0).__name__, type(1j).__name__, type("").__name__, type(b"").__name__, type(r"").__name__)
print([1, "two", 3.0, [4], (5,), {6}, {7: 8}, None, True])
print({"b": 1, "a": 2}, {3: "x", 1: "y", 2: "z"}, {(1, 2): [3]}, {None: None})
print(1e-5, 1e-4, 1e15, 1e16, 123456789012345678, 0.1 + 0.2, 1/3, 2/3, 10/3, 1e22, 1e21)
