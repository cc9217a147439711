# Container protocol methods: __len__, __getitem__, __setitem__, __delitem__, __contains__, __iter__, __reversed__.
class Grid:
    def __init__(self):
        self.cells = {}
    def __getitem__(self, key):
        print("getitem", key)
        if not isinstance(key, tuple):
            raise TypeError("need (row, col)")
        return self.cells.get(key, ".")
    def __setitem__(self, key, value):
        print("setitem", key, value)
        self.cells[key] = value
    def __delitem__(self, key):
        print("delitem", key)
        del self.cells[key]
    def __len__(self):
        return len(self.cells)
    def __contains__(self, key):
        print("contains", key)
        return key in self.cells
g = Grid()
g[0, 0] = "X"
g[1, 2] = "O"
print(g[0, 0], g[5, 5], len(g), (1, 2) in g, (9, 9) not in g)
del g[0, 0]
print(len(g), bool(g))
try:
    g["bad"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    del g[7, 7]
except KeyError as e:
    print(type(e).__name__, e)
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 2
s = Seq()
print(list(s), 4 in s, 5 in s, [x for x in s], sorted(s, reverse=True))
try:
    len(s)
except TypeError as e:
    print(type(e).__name__, e)
class ContainsViaIter:
    def __iter__(self):
        print("iterating")
        return iter([1, 2, 3])
print(2 in ContainsViaIter())
class ContainsTruthy:
    def __contains__(self, x):
        return "yes"
print(1 in ContainsTruthy(), 1 not in ContainsTruthy())
class NoContains:
    pass
try:
    1 in NoContains()
except TypeError as e:
    print(type(e).__name__, e)
class ReadOnlySeq:
    def __getitem__(self, i):
        return i
    def __len__(self):
        return 2
r = ReadOnlySeq()
try:
    r[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del r[0]
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
class LenBig:
    def __len__(self):
        return 2 ** 63
try:
    len(LenBig())
except OverflowError as e:
    print(type(e).__name__, e)
class LenStr:
    def __len__(self):
        return "3"
try:
    len(LenStr())
except TypeError as e:
    print(type(e).__name__, e)
class LenIndex:
    def __len__(self):
        class I:
            def __index__(self):
                return 4
        return I()
try:
    print(len(LenIndex()))
except TypeError as e:
    print(type(e).__name__, e)
