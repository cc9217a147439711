# Generator expressions: laziness, first-iterable eager evaluation, exhaustion.
def src(n):
    print("src called")
    for i in range(n):
        print("yield", i)
        yield i
g = (x * 10 for x in src(3))
print("created")
print(next(g))
print(list(g))
print(list(g))
try:
    gen = (x for x in 5)
except TypeError as e:
    print(type(e).__name__, e)
def late_error():
    return (1 / x for x in [1, 0])
le = late_error()
print(next(le))
try:
    next(le)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(next(le, "exhausted after error"))
print(sum(x for x in range(10) if x % 2), max(len(w) for w in ["a", "abc"]), "".join(c.upper() for c in "abc"))
print(list((i, j) for i in range(3) for j in range(i)), any(x > 2 for x in [1, 5]), all(x for x in []))
gexp = (x for x in range(3))
print(type(gexp).__name__, gexp.__name__, gexp.__qualname__, iter(gexp) is gexp)
x = 10
gen2 = (x + i for i in range(3))
x = 20
print(list(gen2))
y = [1, 2]
gen3 = (v for v in y)
y = [3, 4]
print(list(gen3))
def counter():
    n = 0
    while True:
        n += 1
        yield n
c = counter()
print([next(c) for _ in range(5)])
print(list(zip(counter(), "abc")))
