# inf, nan, signed zero semantics.
inf, nan = float("inf"), float("nan")
print(inf, -inf, nan, repr(inf), str(-nan), inf + 1, inf - inf, inf * 0, inf / inf, -inf * -1)
print(nan == nan, nan != nan, nan < 1, nan is nan, [nan] == [nan], nan in [nan], (nan,) == (nan,))
print(inf == inf, inf > 10**1000, -inf < -10**1000, inf == float("Infinity"))
print(0.0 == -0.0, str(-0.0), repr(-0.0), -0.0 + 0.0, -0.0 - 0.0, -0.0 * 1, 0.0 * -1, abs(-0.0))
print(1 / inf, -1 / inf, inf % 2 if False else "skip", 5 % inf, -5 % inf, 5 // inf, -5 // inf)
for a, b in [(5.0, 0.0), (0.0, 0.0), (inf, 0.0)]:
    for name, op in [("/", lambda x, y: x / y), ("//", lambda x, y: x // y), ("%", lambda x, y: x % y)]:
        try:
            print(name, op(a, b))
        except ZeroDivisionError as e:
            print(name, type(e).__name__, e)
try:
    print(inf % 2)
except Exception as e:
    print(type(e).__name__, e)
print(divmod(inf, 2) if False else divmod(7.5, 2), divmod(-7.5, 2), divmod(7.5, -2))
print(1e308 * 10, -1e308 * 10, 1e-320, 5e-324 / 2, 2.0 ** 1023 * 2)
try:
    2.0 ** 1024
except OverflowError as e:
    print(type(e).__name__, e)
try:
    10.0 ** 400
except OverflowError as e:
    print(type(e).__name__, e)
print((-8.0) ** (1 / 3), (-1.0) ** 0.5, 0.0 ** 0.0, inf ** 0, nan ** 0, 1 ** nan, (-2.0) ** 2)
print(inf.is_integer(), (3.0).is_integer(), (3.5).is_integer(), nan.is_integer())
for v in (inf, -inf, nan):
    try:
        v.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(round(inf), ) if False else None
for v in (inf, nan):
    try:
        round(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(round(inf, 2), round(nan, 1), max(nan, 1), max(1, nan), min(nan, 0), sorted([3.0, 1.0, 2.0]))
print(hash(inf), hash(-inf), hash(0.0), hash(-0.0), hash(1.0) == hash(1), hash(1.5))
print(float("inf") > 1e308, -float("inf"), float("-0"), 0.0 * inf if False else 0.0)
