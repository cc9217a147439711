import sys
seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
for trial in range(200):
    a = {rnd(100) - 20 for _ in range(rnd(30))}
    b = set(rnd(100) * 7 for _ in range(rnd(30)))
    ops = [a | b, a & b, a - b, a ^ b, b - a, a.union(b, [1, 2]), a.intersection(b), a.difference(b, {1}), a.symmetric_difference(b), frozenset(a) | b, set(a), a.copy()]
    c = set(a); c |= b; ops.append(c)
    c = set(a); c &= b; ops.append(c)
    c = set(a); c -= b; ops.append(c)
    c = set(a); c ^= b; ops.append(c)
    c = set(a); c.update(range(5)); ops.append(c)
    c = set(a); c.difference_update(range(50)); ops.append(c)
    c = set(a); c.intersection_update(b, range(0, 500, 2)); ops.append(c)
    print(trial, " ".join(str(list(x)) for x in ops))
    for x in list(a)[:3]:
        a.discard(x)
    print(list(a), [a.pop() for _ in range(min(2, len(a)))], list(a))
