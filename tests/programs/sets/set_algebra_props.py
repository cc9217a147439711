# Set algebra identities on integer sets, subset chains, and operator vs method argument types.
A = set(range(0, 10, 2))
B = set(range(0, 10, 3))
C = {1, 2, 3, 4}
print(sorted(A | B), sorted(A & B), sorted(A - B), sorted(A ^ B))
print(A | B == B | A, A & B == B & A, (A | B) | C == A | (B | C), A & (B | C) == (A & B) | (A & C))
print(A - (B | C) == (A - B) & (A - C), A ^ B == (A - B) | (B - A), A ^ A == set(), A | set() == A)
print(A <= A | B, A & B <= A, set() <= A, A < A | {99}, not A < A, (A & B).issubset(B), (A | B).issuperset(A))
print(A.union([100]), A.intersection(range(5)), A.difference(range(5), [8]), A.symmetric_difference((0, 1)))
try:
    A | [1]
except TypeError as e:
    print(type(e).__name__, e)
try:
    A <= [1]
except TypeError as e:
    print(type(e).__name__, e)
print(A == frozenset(A), hash(frozenset(A)) == hash(frozenset(sorted(A))), {frozenset(A): 1}.get(frozenset(A)))
print(len(A | B | C), sorted(set.union(A, B, C)), sorted(set.intersection(A, C)), set().union(), set.difference(C, A, B))
