import zlib
data = b"hello hello hello hello hello hello hello hello hello hello hello hello"
c = zlib.compress(data, 9)
print(len(data), zlib.decompress(c) == data, zlib.crc32(data), zlib.adler32(data))
co = zlib.compressobj()
body = co.compress(data) + co.flush()
print(zlib.decompress(body) == data)
d = zlib.decompressobj()
print(d.decompress(body) == data, d.eof)
try:
    zlib.decompress(b"garbage")
except zlib.error as e:
    print("error", e)
