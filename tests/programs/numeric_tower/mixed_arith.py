# Mixed int/float/complex/bool arithmetic and the result types.
vals = [True, 3, 2.5, 1 + 1j]
ops = [("+", lambda a, b: a + b), ("-", lambda a, b: a - b), ("*", lambda a, b: a * b), ("/", lambda a, b: a / b),
       ("**", lambda a, b: a ** b)]
for a in vals:
    for b in vals:
        row = []
        for name, op in ops:
            r = op(a, b)
            row.append(f"{name}:{type(r).__name__}")
        print(repr(a), repr(b), " ".join(row))
for a in (True, 7, 7.5):
    for b in (True, 2, 2.5):
        print(repr(a), repr(b), a // b, a % b, type(a // b).__name__)
print(3 / 1, type(3 / 1).__name__, 2 ** 2, 2 ** -2, type(2 ** -2).__name__, (-8) ** 0.5)
print(1 + 2.0 == 3, 1 + 2j == 1 + 2j, True + 1j, 0.5 + True, 2 * (1 + 0j) == 2)
print(int.__add__(1, 2.0), float.__radd__(1.0, 2), complex.__radd__(1j, 2), int.__truediv__(1, 2))
print(sum([1, 2.0, 3j, True]), max(1, 2.0, True), min(3, 2.5), abs(-2), abs(-2.5), abs(-3 - 4j))
