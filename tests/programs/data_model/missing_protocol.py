# __missing__ only applies to dict subclasses via [] access; not get(), not in, not for plain mappings.
class D(dict):
    def __missing__(self, key):
        print("__missing__", key)
        return key * 2
d = D(a=1)
print(d["a"], d["zz"], d.get("zz"), "zz" in d, d.setdefault("q", 5), d)
class NotDict:
    def __missing__(self, key):
        return "never"
    def __getitem__(self, key):
        raise KeyError(key)
try:
    NotDict()["x"]
except KeyError as e:
    print(type(e).__name__, e)
class MissingRaises(dict):
    def __missing__(self, key):
        raise LookupError(f"custom missing {key}")
try:
    MissingRaises()["k"]
except LookupError as e:
    print(type(e).__name__, e)
class MissingAttr(dict):
    pass
m = MissingAttr()
m.__missing__ = lambda k: "instance attr ignored"
try:
    m["x"]
except KeyError as e:
    print("instance __missing__ ignored:", type(e).__name__, e)
class CountMissing(dict):
    calls = 0
    def __missing__(self, key):
        CountMissing.calls += 1
        self[key] = 0
        return 0
cm = CountMissing()
for word in "a b a c a".split():
    cm[word] += 1
print(cm, CountMissing.calls)
print(dict.__getitem__(D(), "x") if False else "dict.__getitem__ would raise", D.__missing__(D(), 4))
