# enumerate, zip (strict), map, filter, reversed as iterator objects.
e = enumerate("abc", start=5)
print(type(e).__name__, next(e), list(e), list(enumerate([])), list(enumerate("xy", -1)))
z = zip([1, 2, 3], "ab")
print(type(z).__name__, list(z), list(zip()), list(zip([1])), list(zip("ab", "cd", "ef")))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip([1], [1, 2], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip([1], [1], [1, 2, 3], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
print(list(zip([1, 2], "ab", strict=True)))
m = map(lambda a, b: a * b, [1, 2, 3], [4, 5])
print(type(m).__name__, list(m), list(map(str, [1, 2])), list(map(pow, [2, 3], [3, 2], [5, 5])))
try:
    map(len)
except TypeError as e:
    print(type(e).__name__, e)
f = filter(None, [0, 1, "", "a", None, [], [0]])
print(type(f).__name__, list(f), list(filter(lambda x: x > 1, [1, 2, 3])), list(filter(str.isdigit, "a1b2")))
r = reversed([1, 2, 3])
print(type(r).__name__, list(r), list(reversed("abc")), list(reversed(range(3))), list(reversed((1, 2))))
class Rev:
    def __reversed__(self):
        return iter(["custom", "reverse"])
class SeqOnly:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 10
print(list(reversed(Rev())), list(reversed(SeqOnly())))
for bad in ({1: 2}, {1, 2}, iter([1]), 5):
    try:
        reversed(bad)
    except TypeError as e:
        print(type(e).__name__, e)
it = iter([1, 2, 3, 4])
print(list(zip(it, it)))
def gen():
    for i in range(3):
        print("gen", i)
        yield i
print(list(zip(gen(), "ab")))
print(list(map(lambda x: x, gen()))[:1], next(filter(lambda x: x > 0, gen())))
print(dict(enumerate("ab")), dict(zip("ab", map(ord, "ab"))), list(enumerate(zip("ab", "cd"))))
