s = {3, 1, 2}
print(s, len(s), 2 in s, set(), set("hello") == set("helo"), frozenset({1, 2}))
s.add(5); s.discard(9); s.remove(1); print(s)
print({1, 2, 3} | {3, 4}, {1, 2, 3} & {2, 3, 4}, {1, 2, 3} - {2}, {1, 2} ^ {2, 3}, {1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2, 3} > {1})
print({1, 2}.union([3], (4,)), {1, 2, 3}.intersection([2, 3], [3]), {1, 2}.isdisjoint({3}), {1}.issubset([1, 2]), sorted({"b", "a", "c"}))
t = {10, 20}; t |= {30}; t &= {10, 30}; print(t)
try:
    set().pop()
except KeyError as e:
    print("KeyError", e)
try:
    {1}.remove(2)
except KeyError as e:
    print("KeyError", e)
try:
    {[1]}
except TypeError as e:
    print(e)
print({i % 5 for i in range(20)}, {x for x in "abcabc"} == {"a", "b", "c"}, hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
print({100, 5, 37, 8, 1000, 64}, {-1, -5, 3})
