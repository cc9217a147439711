print([x * x for x in range(6) if x % 2 == 0], [(x, y) for x in range(3) for y in range(x)])
print({x: x ** 2 for x in range(4)}, {c for c in "hello"} == set("helo"), list(x + 1 for x in [1, 2]))
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)], [v for row in matrix for v in row if v > 2])
x = "outer"
print([x for x in "ab"], x)
print([y for y in range(3) if (z := y * 2) > 1], sum(i for i in range(10)), max((len(w), w) for w in ["a", "bbb", "cc"]))
funcs = [lambda: k for k in range(3)]
print([f() for f in funcs])
class C:
    vals = [1, 2]
    doubled = [v * 2 for v in vals]
print(C.doubled)
