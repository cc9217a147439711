import _blake2
h = _blake2.blake2b(b"abc", digest_size=16)
print(h.hexdigest(), h.name, h.digest_size)
s = _blake2.blake2s(b"abc", key=b"k", person=b"p")
print(s.hexdigest())
