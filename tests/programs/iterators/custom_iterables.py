# Custom iterables with separate iterator classes, resettable iteration, and iteration-time errors.
class Tree:
    def __init__(self, value, *children):
        self.value, self.children = value, children
    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c
t = Tree(1, Tree(2, Tree(4)), Tree(3))
print(list(t), sum(t), max(t), 4 in t, sorted(t, reverse=True), [v * 2 for v in t])
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return Range2Iter(self.n)
class Range2Iter:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i - 1
r = Range2(3)
print(list(r), list(r), list(zip(r, r)), [(a, b) for a in r for b in r if a < b])
class Faulty:
    def __iter__(self):
        return self
    def __next__(self):
        raise KeyError("iteration failed")
try:
    for x in Faulty():
        pass
except KeyError as e:
    print(type(e).__name__, e)
class NotIterator:
    def __iter__(self):
        return [1, 2]
try:
    list(NotIterator())
except TypeError as e:
    print(type(e).__name__, e)
class IterReturnsGenerator:
    def __iter__(self):
        return (c for c in "ok")
print(list(IterReturnsGenerator()), "".join(IterReturnsGenerator()))
class Infinite:
    def __iter__(self):
        n = 0
        while True:
            yield n
            n += 1
for v in Infinite():
    if v > 3:
        break
print(v, next(iter(Infinite())))
