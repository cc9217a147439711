# Keys of one totally ordered kind (ints, floats, strs, int tuples) sort in
# Rust; mixed, NaN and user-defined keys take the general path.
print(sorted([3,1,2,-5,10**30,7]))
print(sorted([3.0,1,2.5,-0.0,0.0,0]))
print(sorted([0.0,-0.0,1.0]), sorted([-0.0,0.0,1.0], reverse=True))
print(sorted(["b","a","é","ab",""]))
print(sorted([(1,2),(1,),(0,5,6),(1,2,3),()], reverse=True))
print(sorted([(1,"a"),(1,2)][:1]))
print(sorted([5,3,1,3,2], key=lambda v: -v))
print(sorted([(1,'x'), (1,'y'), (0,'z')], key=lambda t: t[0], reverse=True))
print(sorted(range(50), key=lambda v: v % 3, reverse=True))
print(sorted([float('nan'), 1.0, 0.5]))
class K:
    def __init__(s, v): s.v = v
    def __lt__(s, o): return s.v < o.v
    def __repr__(s): return "K%d" % s.v
print(sorted([K(3), K(1), K(2), K(1)]))
l = [3, 1, 2]
def bad(v):
    l.append(1); return v
try:
    l.sort(key=bad)
except ValueError as e: print(e, l)
try: sorted([1, "a"])
except TypeError as e: print(e)
try: sorted([(1,), ("a",)])
except TypeError as e: print(e)
print(sorted([True, 2, 1, False]))
data = [(i * 7919) % 1000 for i in range(3000)]
print(sum(i*v for i, v in enumerate(sorted(data, key=lambda v: (v % 10, -v)))))
print(sum(i*v for i, v in enumerate(sorted(data, reverse=True))))
print(sorted(map(str, range(30))))
