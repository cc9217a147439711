# Integer rounding helpers: round with negative ndigits (half-even), floor/ceil/trunc dunders, and int() of floats.
for n in [15, 25, 35, -15, -25, 149, 150, 151, 250, 350, 10**20 + 5 * 10**19]:
    print(n, round(n, -1), round(n, -2), round(n, 0), round(n), type(round(n, -1)).__name__)
for x in [2.5, -2.5, 2.7, -2.7, 1e20, -0.0]:
    print(x, int(x), x.__trunc__(), x.__floor__(), x.__ceil__(), round(x))
print((7).__floor__(), (7).__ceil__(), (7).__trunc__(), (-7).__round__(-1), (5).__round__(-1), (15).__round__(-1))
print(-7 // 2, int(-7 / 2), -(7 // 2), divmod(-7, 2), (-7).__floordiv__(2), (-7).__mod__(2))
print(round(123456789, -9), round(999, -3), round(-999, -3), round(500, -3), round(1500, -3), round(2500, -3))
