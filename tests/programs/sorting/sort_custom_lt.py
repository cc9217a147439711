# Sorting objects via __lt__ only, __gt__ reflection, key errors, and mutation during sort.
class V:
    calls = 0
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        V.calls += 1
        return self.v < other.v
    def __repr__(self):
        return f"V{self.v}"
vs = [V(3), V(1), V(2), V(1)]
print(sorted(vs), max(vs), min(vs), V.calls > 0)
class G:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        return self.v > other.v
    def __repr__(self):
        return f"G{self.v}"
print(sorted([G(2), G(1), G(3)]))
class NoCmp:
    pass
try:
    sorted([NoCmp(), NoCmp()])
except TypeError as e:
    print(type(e).__name__, e)
def bad_key(x):
    if x == 3:
        raise ValueError("bad key " + str(x))
    return x
try:
    sorted([1, 2, 3, 4], key=bad_key)
except ValueError as e:
    print(type(e).__name__, e)
lst = [3, 2, 1]
def mutating_key(x):
    lst.append(0)
    return x
try:
    lst.sort(key=mutating_key)
except ValueError as e:
    print(type(e).__name__, e)
print(lst)
class Rev:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v > o.v
print([r.v for r in sorted(map(Rev, [1, 3, 2]))])
print(sorted([3, 1, 2], key=lambda x: V(x)), sorted(["b", "a"], key=None))
class Inconsistent:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return NotImplemented
try:
    sorted([Inconsistent(1), Inconsistent(2)])
except TypeError as e:
    print(type(e).__name__, e)
pairs = [(2, "x"), (1, "y"), (2, "a")]
pairs.sort(key=lambda p: p[0])
print(pairs)
print(sorted([0.5, -0.0, 0.0, -1, 1e-300, float("inf"), -float("inf")]))
