# round() on floats: banker's rounding, ndigits, representation effects.
for x in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 1e16 + 0.5, 2.675, 0.125, 0.375):
    print(x, round(x), round(x, 0), round(x, 1), round(x, 2))
for x in (1234.5678, -1234.5678, 0.0, -0.0, 1e-10, 123456789.123):
    print(x, round(x, -2), round(x, -1), round(x, 3), round(x, 10), round(x, -10))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(2.5, None)).__name__)
print(round(5e-324, 400), round(1e300, -300), round(1.5e300, -299), round(2.5, 308), round(7.0, -400))
try:
    round(1.5, 1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    round("1.5")
except TypeError as e:
    print(type(e).__name__, e)
class R:
    def __round__(self, n=None):
        return ("rounded", n)
print(round(R()), round(R(), 3), round(R(), None))
class NoRound:
    pass
try:
    round(NoRound())
except TypeError as e:
    print(type(e).__name__, e)
print((2.5).__round__(), (2.567).__round__(2), (7).__round__(-1), (15).__round__(-1), (25).__round__(-1))
print(round(0.1 + 0.2, 15), round(0.1 + 0.2, 16), round(0.1 + 0.2, 17))
print(round(1.23456789e-5, 7), round(-1.23456789e5, -3), round(9.995, 2), round(9.9949999, 2))
import sys
print(sys.float_info.max, sys.float_info.min, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
