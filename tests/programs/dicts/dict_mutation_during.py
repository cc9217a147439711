# Dict mutation semantics: updating values during iteration is fine; size changes raise; pop during comprehension copies.
d = {i: i * i for i in range(5)}
for k in d:
    d[k] = -d[k]
print(d)
for k in list(d):
    if k % 2:
        del d[k]
print(d)
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print(type(e).__name__, e)
print(d)
e = {"a": 1}
try:
    for k, v in e.items():
        e["b"] = 2
except RuntimeError as err:
    print(type(err).__name__, err)
f = {1: "x", 2: "y"}
for k in list(f.keys()):
    f[k + 10] = f.pop(k)
print(f)
g = dict.fromkeys("abc", 0)
for k in g:
    g[k] += 1
g.update((k, v + 1) for k, v in list(g.items()))
print(g)
h = {1: 1}
try:
    for k in h:
        h.pop(k)
        h[k] = 1
    print("same size after pop+insert: no error", h)
except RuntimeError as err:
    print(type(err).__name__, err)
