# Generators as iterators in builtins, chaining, tee-like buffering by hand, and sending into a pipeline.
def numbers():
    n = 0
    while True:
        yield n
        n += 1
def take(it, k):
    return [next(it) for _ in range(k)]
nums = numbers()
print(take(nums, 3), take(nums, 3))
evens = (n for n in numbers() if n % 2 == 0)
squares = (e * e for e in evens)
print(take(squares, 5))
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain("ab", range(2), [None])))
def window(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == size:
            yield tuple(buf)
            buf.pop(0)
print(list(window(range(6), 3)))
def accumulate(it):
    total = 0
    for x in it:
        total += x
        yield total
print(list(accumulate([1, 2, 3, 4])), max(accumulate(range(5))))
def dedupe(it):
    seen = set()
    for x in it:
        if x not in seen:
            seen.add(x)
            yield x
print(list(dedupe([3, 1, 3, 2, 1])))
def batched(it, n):
    it = iter(it)
    while batch := [x for _, x in zip(range(n), it)]:
        yield batch
print(list(batched(range(7), 3)))
def zip_longest(a, b, fill=None):
    ia, ib = iter(a), iter(b)
    sentinel = object()
    while True:
        x, y = next(ia, sentinel), next(ib, sentinel)
        if x is sentinel and y is sentinel:
            return
        yield (fill if x is sentinel else x, fill if y is sentinel else y)
print(list(zip_longest("abc", [1])))
