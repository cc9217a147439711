import _struct
print(_struct.pack("<iHd", -5, 65535, 1.5), _struct.calcsize("<iHd"))
print(_struct.unpack(">Q3s?", b"\x00\x00\x00\x00\x00\x00\x00\x2aabc\x01"))
s = _struct.Struct("<2h")
print(s.size, s.format, s.pack(1, -1), s.unpack(b"\x01\x00\xff\xff"))
print(list(_struct.iter_unpack("<b", b"\x01\x02\x03")))
for fmt, v in [("<h", 70000), ("<B", -1), ("<i", "x")]:
    try:
        _struct.pack(fmt, v)
    except _struct.error as e:
        print("error", e)
