# Floor division, modulo and divmod with all sign combinations.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (6, 3), (-6, 3), (1, 10), (-1, 10)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b), a / b)
big = 10**30 + 7
for b in (3, -3, 10**15, -(10**15) - 1):
    print(big // b, big % b, (-big) // b, (-big) % b, divmod(big, b))
for a, b in [(1, 0), (0, 0), (10**20, 0)]:
    for op in ("//", "%", "divmod", "/"):
        try:
            if op == "//":
                a // b
            elif op == "%":
                a % b
            elif op == "divmod":
                divmod(a, b)
            else:
                a / b
        except ZeroDivisionError as e:
            print(op, type(e).__name__, e)
print(7 // 2.0, -7 // 2.0, 7 % 2.5, -7 % 2.5, divmod(7, 2.5), divmod(-7.5, 2))
print(True // 1, False % 3, divmod(True, 2))
try:
    divmod(1, "2")
except TypeError as e:
    print(type(e).__name__, e)
try:
    divmod("1", 2)
except TypeError as e:
    print(type(e).__name__, e)
print(10**40 / 10**20, 2**200 / 2**100, 1 / 3, 2 / 3, -2 / 3)
try:
    print(2**2000 / 3)
except OverflowError as e:
    print(type(e).__name__, e)
print((2**2000) // (2**1990), (2**2000 + 1) % 7)
print(pow(2, 10), pow(2, -2), pow(-2, 3), pow(0, 0), pow(3, 4, 5), pow(-3, 3, 7), pow(3, -1, 7))
for args in [(2, 3, 0), (2, -1, 4), (2.0, 3, 5), (2, 3.0, 5)]:
    try:
        print(pow(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(pow(38, -1, 97), pow(12345678901234567890, 3, 10**9 + 7), pow(2, 10**5, 1000))
