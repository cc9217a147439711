# Consuming iterators with builtins: partial consumption, in-operator consumption, unpacking.
it = iter(range(10))
print(5 in it, list(it))
it = iter(range(10))
print(any(x > 3 for x in it), next(it))
it = iter(range(10))
print(all(x < 3 for x in it), next(it))
it = iter([1, 2, 3, 4, 5])
a, b, *rest = it
print(a, b, rest, list(it))
it = iter("abcdef")
first = next(it)
print(first, "".join(it), "".join(it))
it = iter([3, 1, 2])
print(sorted(it), sorted(it))
it = iter([1, 2, 3])
print(max(it), list(it))
it = iter([1, 2, 3])
print(sum(it, 10), sum(it))
it = iter([("a", 1), ("b", 2)])
print(dict(it), dict(it))
it = iter(range(5))
print(list(zip(it, range(2))), list(it))
it = iter(range(6))
print(tuple(x for x in it if x % 2), list(it))
it = iter(range(4))
for x in it:
    if x == 1:
        print("skip next:", next(it))
    else:
        print("x", x)
class Noisy:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        print("next", self.i)
        if self.i > 3:
            raise StopIteration
        return self.i
x, y, z = Noisy()
print(x, y, z)
try:
    p, q = Noisy()
except ValueError as e:
    print(type(e).__name__, e)
