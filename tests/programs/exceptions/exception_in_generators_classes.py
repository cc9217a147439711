# Exceptions raised from special methods propagate through builtins: len, iter, hash, bool, repr inside containers.
class Bad:
    def __len__(self):
        raise ValueError("from __len__")
    def __iter__(self):
        raise KeyError("from __iter__")
    def __hash__(self):
        raise TypeError("from __hash__")
    def __eq__(self, o):
        raise RuntimeError("from __eq__")
    def __repr__(self):
        raise IndexError("from __repr__")
b = Bad()
for name, fn in [("len", lambda: len(b)), ("list", lambda: list(b)), ("hash", lambda: hash(b)), ("set", lambda: {b}),
                 ("in list", lambda: b in [1]), ("repr list", lambda: repr([b])), ("bool", lambda: bool(b)), ("sorted", lambda: sorted([b, b])),
                 ("dict key", lambda: {b: 1}), ("==", lambda: b == 1), ("list.index", lambda: [1, 2].index(b)), ("str", lambda: str(b))]:
    try:
        print(name, fn())
    except Exception as e:
        print(name, "->", type(e).__name__, e)
class StopInIter:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration("ended")
print(list(StopInIter()), [x for x in StopInIter()], sum(StopInIter()))
