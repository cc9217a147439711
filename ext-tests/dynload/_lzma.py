import _lzma
print(_lzma.CHECK_CRC64, _lzma.is_check_supported(_lzma.CHECK_CRC32))
c = _lzma.LZMACompressor()
data = b"xyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyz"
out = c.compress(data) + c.flush()
d = _lzma.LZMADecompressor()
print(d.decompress(out) == data, d.eof)
