import number_protocol as n

class Vec:
    def __init__(self, *v):
        self.v = v
    def __repr__(self):
        return f"Vec{self.v}"
    def __add__(self, o):
        return Vec(*(a + b for a, b in zip(self.v, o.v))) if isinstance(o, Vec) else NotImplemented
    def __radd__(self, o):
        return ("radd", o)
    def __iadd__(self, o):
        return ("iadd", o)
    def __matmul__(self, o):
        return sum(a * b for a, b in zip(self.v, o.v))
    def __neg__(self):
        return Vec(*(-a for a in self.v))
    def __index__(self):
        return len(self.v)

def dump(d):
    for k in sorted(d):
        print("  ", k, d[k])

for a, b in [(7, 2), (7.5, 2), (-7, 2), (3, 0), ("ab", 3), ([1], [2]), ({1, 2}, {2, 3}), (Vec(1, 2), Vec(3, 4)),
             (1, Vec(1)), (True, False), (2**70, 3)]:
    print(a, b)
    dump(n.binary(a, b))
print(n.power(2, 10), n.power(2, -1), n.power(2, 10, 1000), n.power(2.0, 0.5), n.power(-8, 1 / 3), n.power(2, 3, 0))
print(n.power(3, 2, 1.0))
for v in [5, -2.5, True, Vec(1, 2), "s", 2**65]:
    print(v, n.unary(v))
for o, exc in [(5, None), (2**70, None), (2**70, OverflowError), (-2**70, None), (Vec(1, 2, 3), None), ("x", None), (3.0, None)]:
    try:
        print(n.as_ssize(o, exc))
    except Exception as e:
        print(type(e).__name__, e)
for o, b in [(255, 2), (255, 8), (255, 16), (-255, 16), (255, 10), (Vec(1), 2), (5, 7), ("x", 2)]:
    try:
        print(n.to_base(o, b))
    except Exception as e:
        print(type(e).__name__, e)
