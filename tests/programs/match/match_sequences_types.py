# Which types count as sequences for match: list, tuple, range, memoryview, deque-like classes; not str/bytes/dict.
class MySeq:
    def __init__(self, *items):
        self.items = items
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
def kind(v):
    match v:
        case [x, y]:
            return f"2-sequence {x!r} {y!r}"
        case [*_]:
            return "other sequence"
        case _:
            return "not a sequence"
for v in [[1, 2], (1, 2), range(2), memoryview(b"ab"), "ab", b"ab", bytearray(b"ab"), {1: 2, 3: 4}, {1, 2}, MySeq(1, 2), iter([1, 2]), [[]]]:
    print(type(v).__name__, kind(v))
class SeqWithAbc(list):
    pass
print(kind(SeqWithAbc([7, 8])))
def mapping_kind(v):
    match v:
        case {"a": _}:
            return "has a"
        case {}:
            return "mapping"
        case _:
            return "not mapping"
class MyMapping(dict):
    pass
for v in [{"a": 1}, {}, MyMapping(a=0), [("a", 1)], "a"]:
    print(type(v).__name__, mapping_kind(v))
