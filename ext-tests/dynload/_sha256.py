import _sha256, hashlib
for ctor in (_sha256.sha256, _sha256.sha224):
    h = ctor()
    print(h.name, h.digest_size, h.block_size, h.hexdigest())
    h.update(b"abc")
    c = h.copy()
    c.update(b"def" * 1000)
    print(h.hexdigest(), c.hexdigest(), len(c.digest()))
print(_sha256.sha256(b"x" * 100000).hexdigest())
print(_sha256.sha256(data=b"kw").hexdigest(), _sha256.sha256(string=b"kw").hexdigest())
try:
    _sha256.sha256("text")
except TypeError as e:
    print("TypeError", e)
print(hashlib.sha256(b"hashlib").hexdigest(), hashlib.new("sha224", b"x").hexdigest())
print(type(_sha256.sha256()).__name__, _sha256.sha256().__class__.__module__)
