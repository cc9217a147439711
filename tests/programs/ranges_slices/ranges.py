print(list(range(5)), list(range(2, 10, 3)), list(range(10, 0, -4)), range(5)[1], range(5)[-1], range(0, 20, 2)[3:6], len(range(1, 100, 7)))
print(5 in range(10), 10 in range(10), range(3) == range(0, 3), range(0) == range(5, 5), reversed(range(3)).__class__.__name__, list(reversed(range(1, 10, 3))))
print(range(10).index(4), range(10).count(3), range(1, 10, 2).start, range(1, 10, 2).step, repr(range(1, 10, 2)))
try:
    range(1, 2, 0)
except ValueError as e:
    print(e)
try:
    range(3)[5]
except IndexError as e:
    print(e)
s = slice(1, 8, 2)
print(s, s.start, s.stop, s.step, "abcdefghij"[s], s.indices(5), slice(None).indices(3))
