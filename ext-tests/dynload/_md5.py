import _md5, _sha256, _sha1, _sha512
for mod, ctor in [(_md5, _md5.md5), (_sha1, _sha1.sha1), (_sha256, _sha256.sha256), (_sha256, _sha256.sha224), (_sha512, _sha512.sha512)]:
    h = ctor(b"abc")
    h2 = h.copy()
    h2.update(b"def")
    print(h.name, h.digest_size, h.block_size, h.hexdigest(), h2.hexdigest()[:16], len(h.digest()))
