# slice objects: attributes, indices(), equality, use with custom __getitem__.
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None), slice(1, None), slice("a", "b", "c"))
for sl in [slice(None), slice(2, 8), slice(-3, None), slice(None, None, -1), slice(-100, 100, 3), slice(8, 2, -2),
           slice(5, 5), slice(None, -1, -1), slice(100, None, -1), slice(-1, -100, -7)]:
    print(sl, sl.indices(10), sl.indices(0), list(range(10))[sl], "abcdefghij"[sl])
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    slice(1, 2).indices(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    slice("a").indices(5)
except TypeError as e:
    print(type(e).__name__, e)
print(slice(1, 2) == slice(1, 2), slice(1, 2) != slice(1, 3), slice(1, 2, None) == slice(1, 2), slice(1, 2) < slice(1, 3))
try:
    hash(slice(1, 2))
    print("hashable")
except TypeError as e:
    print(type(e).__name__, e)
class Recorder:
    def __getitem__(self, key):
        return key
r = Recorder()
print(r[1], r[1:2], r[::], r[:3], r[1:2:3], r[1, 2], r[1:2, 3], r[..., 1], r[:, :], r[()], r["k"])
class Seq:
    def __init__(self, data):
        self.data = data
    def __getitem__(self, k):
        if isinstance(k, slice):
            return Seq(self.data[k])
        return self.data[k]
    def __len__(self):
        return len(self.data)
    def __repr__(self):
        return f"Seq({self.data})"
sq = Seq([10, 20, 30, 40])
print(sq[1:3], sq[::-1], sq[2], len(sq), list(sq), 30 in sq, [x for x in sq])
print(slice(1, 5, 2).indices(3), slice(None, None, 2).indices(7), slice(-2, None).indices(1), slice(2**70).indices(5))
