# str/bytes hashes are randomized per process: only their relations are printed.
s = "hello"
b = b"hello"
print(hash(s) == hash("hel" + "lo"), hash(s) == hash(s[:]), hash(b) == hash(bytes(b)), type(hash(s)).__name__)
print(hash("") == 0, hash(b"") == 0, hash("a") == hash("a"), hash(("a", 1)) == hash(("a", 1)))
print(hash(memoryview(b"abc")) == hash(b"abc"), hash(frozenset(["x"])) == hash(frozenset(["x"])))
class S(str):
    pass
print(hash(S("k")) == hash("k"), {S("k"): 1}["k"], {"k": 2}[S("k")])
words = ["pear", "apple", "fig", "apple"]
print(sorted(set(words)), sorted({w: len(w) for w in words}.items()), len(set(words)))
print(sorted(frozenset("abracadabra")), "".join(sorted(set("mississippi"))))
d = {}
for w in ["b", "a", "c"]:
    d[w] = True
print(list(d), list(reversed(d)))
