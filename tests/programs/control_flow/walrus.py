# Assignment expressions (:=) in conditions, comprehensions and nested scopes.
data = [1, 5, 8, 12, 3]
if (n := len(data)) > 3:
    print("long list", n)
i = 0
while (chunk := data[i:i + 2]):
    print("chunk", chunk)
    i += 2
print([y for x in data if (y := x * 2) > 10], y)
print([last := v for v in range(4)], last)
total = 0
print([total := total + v for v in data], total)
def f():
    [w := c for c in "abc"]
    return w
print(f())
def outer():
    vals = []
    print([(t := x) for x in range(3)], t)
    return t
print(outer())
print((a := 5) + a, a)
print(x := 10 if False else 20) if False else print((z := 3), z)
def pos(p):
    return p
print(pos(q := 7), q)
print({(k := i): k * 2 for i in range(2)}, k)
res = [(j, s) for j in range(3) if (s := j * j) % 2 == 0]
print(res, s)
if any((hit := x) > 6 for x in data):
    print("first over 6:", hit)
if all((miss := x) < 10 for x in data):
    print("all under 10")
else:
    print("stopped at", miss)
try:
    exec("[i := 0 for i in range(3)]")
except SyntaxError as e:
    print(type(e).__name__, e)
try:
    exec("class C:\n    [q := 1 for _ in range(1)]")
except SyntaxError as e:
    print(type(e).__name__, e)
try:
    exec("x := 5")
except SyntaxError as e:
    print(type(e).__name__, e)
