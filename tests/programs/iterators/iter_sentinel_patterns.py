# iter(callable, sentinel) patterns: reading chunks, polling counters, and sentinel comparison by ==.
data = list(range(10))
pos = 0
def read_chunk():
    global pos
    chunk = data[pos:pos + 3]
    pos += 3
    return chunk
print(list(iter(read_chunk, [])))
class Poll:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        return self.n % 5
p = Poll()
print(list(iter(p, 0)), p.n)
class EqAll:
    def __eq__(self, o):
        return o == 3
vals = iter([1, 2, 3, 4])
print(list(iter(lambda: next(vals), EqAll())))
ci = iter(int, 1)
print(type(ci).__name__, next(ci), next(ci))
def raising():
    raise StopIteration
print(list(iter(raising, None)))
count = [0]
def eventually_errors():
    count[0] += 1
    if count[0] > 2:
        raise ValueError("callable failed")
    return count[0]
try:
    list(iter(eventually_errors, None))
except ValueError as e:
    print(type(e).__name__, e)
it = iter(lambda: 1, 1)
print(list(it), next(it, "exhausted"))
