# The iterator protocol: __iter__/__next__, __getitem__ fallback, iter(callable, sentinel), exhaustion.
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
c = Countdown(3)
print(list(c), list(c), iter(c) is c)
class OldStyle:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * i
print(list(OldStyle()), 9 in OldStyle(), 5 in OldStyle(), list(iter(OldStyle())))
it = iter(OldStyle())
print(type(it).__name__, next(it), next(it))
class NotIterable:
    pass
for obj in (NotIterable(), 5, None):
    try:
        iter(obj)
    except TypeError as e:
        print(type(e).__name__, e)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
class IterNone:
    __iter__ = None
    def __getitem__(self, i):
        return i
try:
    iter(IterNone())
except TypeError as e:
    print(type(e).__name__, e)
try:
    next([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
data = [1, 2, 3, None, 4]
it = iter(data)
print(list(iter(lambda: next(it), None)))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 5)))
try:
    iter(5, 5)
except TypeError as e:
    print(type(e).__name__, e)
print(next(iter([]), "default"), next(iter("a"), "d"))
try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration", e.args)
class ResetIter:
    def __init__(self):
        self.data = [1, 2]
    def __iter__(self):
        return iter(self.data)
r = ResetIter()
print(list(r), list(r), [x for x in r], sum(r), sorted(r, reverse=True))
it2 = iter([1, 2, 3])
for x in it2:
    print("first loop", x)
    break
for x in it2:
    print("second loop", x)
print(list(iter(iter(iter([9])))))
class LengthHint:
    def __iter__(self):
        return iter([1])
    def __length_hint__(self):
        return 100
print(list(LengthHint()))
