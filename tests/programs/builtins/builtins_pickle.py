# Pickling built-in functions, bound built-in methods and the map/filter/zip iterators.
import functools
import pickle

for obj in (len, functools.reduce, dict.fromkeys, [1, 2].append, "ab".upper):
    r = obj.__reduce__()
    print(type(r).__name__, r if isinstance(r, str) else (r[0].__name__, type(r[1][0]).__name__, r[1][1]))
print(pickle.loads(pickle.dumps(len)) is len, pickle.loads(pickle.dumps(functools.reduce)) is functools.reduce)
print(pickle.loads(pickle.dumps(dict.fromkeys))("ab"), pickle.loads(pickle.dumps("ab".upper))())



class Items:
    """An iterator pickle can copy (built-in iterators' pickling is not tested here)."""

    def __init__(self, *items):
        self.items = list(items)

    def __iter__(self):
        return self

    def __next__(self):
        if not self.items:
            raise StopIteration
        return self.items.pop(0)


for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    m = map(pow, Items(2, 3, 4), Items(2, 2, 2))
    next(m)
    f = filter(None, Items(0, 1, 0, 2, 3))
    next(f)
    z = zip(Items("a", "b", "c"), Items(0, 1, 2))
    zs = zip(Items("a", "b", "c"), Items(0, 1, 2), strict=True)
    print(proto, list(pickle.loads(pickle.dumps(m, proto))), list(pickle.loads(pickle.dumps(f, proto))),
          list(pickle.loads(pickle.dumps(z, proto))), list(pickle.loads(pickle.dumps(zs, proto))))
print(map(len, ["a"]).__reduce__()[0] is map, zip("a").__reduce__()[0] is zip, len(zip("a", strict=True).__reduce__()))
short = pickle.loads(pickle.dumps(zip(Items("a", "b"), Items("a"), strict=True)))
try:
    list(short)
except ValueError as e:
    print(type(e).__name__, e)
z = zip("ab", "a")
z.__setstate__(True)
try:
    list(z)
except ValueError as e:
    print(type(e).__name__, e)
