# Iterating lists while mutating them, enumerate/zip with lists, and list identity semantics.
a = [1, 2, 3, 4, 5, 6]
for x in a:
    if x % 2 == 0:
        a.remove(x)
print(a)
b = [1, 2, 3]
out = []
for x in b:
    out.append(x)
    if len(b) < 6:
        b.append(x * 10)
print(out, b)
c = [1, 2, 3]
it = iter(c)
print(next(it))
c.clear()
print(list(it))
d = [5, 6, 7]
it = iter(d)
print(list(it), list(it))
d.append(8)
print(list(it))
rit = reversed([1, 2, 3])
print(next(rit), list(rit), list(rit))
e = [1, 2, 3]
rit = reversed(e)
e.append(4)
print(list(rit))
print(list(enumerate(["a", "b"], 10)), list(zip([1, 2, 3], "ab")), [list(p) for p in zip(*[[1, 2], [3, 4], [5, 6]])])
grid = [[0] * 3 for _ in range(3)]
for i in range(3):
    grid[i][i] = 1
print(grid)
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)], [v for row in matrix for v in row], sum(matrix, []))
stack = []
for ch in "([]{()})":
    if ch in "([{":
        stack.append(ch)
    else:
        print("pop", stack.pop(), "for", ch)
print("balanced", stack == [])
q = [1, 2, 3]
while q:
    x = q.pop(0)
    if x < 3:
        q.append(x + 10)
    print(x, q)
