import pickle
import structseq as s

p = s.make_point(1, 2, "hidden")
print(p, len(p), p[0], p[-1], p.x, p.y, p.label, tuple(p))
x, y = p
print(x, y, p == (1, 2), isinstance(p, tuple), type(p).__name__, type(p).__module__)
print(s.Point.n_sequence_fields, s.Point.n_fields, s.Point.n_unnamed_fields, s.Point.__doc__)
print(s.Point.x.__doc__, s.Point.label.__doc__)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError", e)
q = s.Point((3, 4))
print(q, q.label)
r = s.Point((5, 6, "given"))
print(r, r.label)
try:
    s.Point((1,))
except TypeError as e:
    print("TypeError", e)
pair = s.make_pair("a", [1])
print(pair, pair.first, pair.second, s.read_back(pair), s.read_back(p))
print(pickle.loads(pickle.dumps(p)) == p, pickle.loads(pickle.dumps(p)).label)
print(p[:1], p + (9,), sorted(s.Pair(("z", "a"))))
print(s.Pair.__mro__)
