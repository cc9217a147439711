x = 10
vals = [x for x in range(3)]
print(x, vals)
y = 5
def f():
    return [y * i for i in range(3)]
print(f())
print([(lambda: i)() for i in range(3)])
total = 0
data = [1, 2, 3]
[total := total + v for v in data]
print(total)
class C:
    a = 1
    b = [i for i in range(3)]
print(C.b)
print({k: [c for c in k] for k in ["ab", "c"]})
gen = (i for i in range(3))
i = "unchanged"
print(list(gen), i)
