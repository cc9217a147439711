import seqmap_protocol as s
import collections

class Seq:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Seq(*self.items[i])
        return self.items[i]
    def __repr__(self):
        return f"Seq{tuple(self.items)}"

class Map:
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        return self.d[k]
    def __setitem__(self, k, v):
        self.d[k] = v
    def __delitem__(self, k):
        del self.d[k]
    def __len__(self):
        return len(self.d)
    def keys(self):
        return list(self.d)
    def values(self):
        return list(self.d.values())
    def items(self):
        return list(self.d.items())

for v in [[1, 2, 3], (1, 2, 1), "abc", b"\x01\x02", range(5), Seq(1, 2), {1: 2}, 5, {1, 2}]:
    print(repr(v), s.seq_read(v))
for v in [[1, 2, 3, 4], (1, 2), bytearray(b"abcd"), collections.deque([1, 2, 3])]:
    print(s.seq_write(v))
for v in [[1, 2], (3, 4), "xy", iter([5, 6]), {7: 8}]:
    print(s.fast(v))
try:
    s.fast(5)
except TypeError as e:
    print("TypeError", e)
for v in [(1, 2), "ab", {3: 4}, Seq(5)]:
    print(s.to_list(v))
print(s.map_ops({}))
print(s.map_ops(Map()))
print(s.map_ops([]))
print(s.set_item([1, 2], 0, "a"), s.set_item({}, (1, 2), "t"))
for args in [((1,), 0, 1), ([1], 5, 1), ({}, [], 1)]:
    try:
        s.set_item(*args)
    except Exception as e:
        print(type(e).__name__, e)
