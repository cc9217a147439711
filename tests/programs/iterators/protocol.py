class CountDown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(CountDown(3)), sum(CountDown(4)), [x for x in CountDown(2)])
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq(), list(reversed([1, 2])))
it = iter(range(3))
print(iter(it) is it, list(it), list(it))
d = {"a": 1, "b": 2}
print(list(iter(d)), next(iter(d.values())), list(zip(*[(1, "a"), (2, "b")])))
try:
    iter(3)
except TypeError as e:
    print(e)
try:
    next([1])
except TypeError as e:
    print(e)
