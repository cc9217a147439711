# bool participates as int in arithmetic; result types across bool/int/float/complex for every operator.
vals = [False, True, 2, 2.5, 2j]
ops = {"+": lambda a, b: a + b, "*": lambda a, b: a * b, "-": lambda a, b: a - b, "&": lambda a, b: a & b, "<<": lambda a, b: a << b}
for name, op in ops.items():
    row = []
    for a in vals[:3]:
        for b in vals[:3]:
            r = op(a, b)
            row.append(f"{r!r}:{type(r).__name__}")
    print(name, " ".join(row))
for name, op in ops.items():
    for a, b in [(True, 2.5), (2j, True), (2.5, 2j)]:
        try:
            r = op(a, b)
            print(name, repr(a), repr(b), repr(r), type(r).__name__)
        except TypeError as e:
            print(name, repr(a), repr(b), type(e).__name__, e)
print(True / True, True // True, True % True, True ** False, -True, +True, ~False, abs(True), type(abs(True)).__name__)
print(True == 1.0, False == 0j, hash(True) == hash(1.0) == hash(1 + 0j), True + 1j, sum([True, 0.5, 1j]))
