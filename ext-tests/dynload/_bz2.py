import _bz2
c = _bz2.BZ2Compressor(9)
data = b"abcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabc"
out = c.compress(data) + c.flush()
d = _bz2.BZ2Decompressor()
print(d.decompress(out) == data, d.eof, d.needs_input)
