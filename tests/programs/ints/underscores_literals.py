# Integer literals in every base, with underscores.
print(1_000_000, 0x_FF, 0o_17, 0b_1010, 0xdead_beef, 1_2_3)
print(0, 00, 0_0, 0x0, 0o0, 0b0)
print(0xFFFFFFFFFFFFFFFFFFFFFFFF, 0o777777777777777777777, 0b1111111111111111111111111111111111111111111111)
print(-0x10, +0o10, ~0b10)
print(type(0x10).__name__, type(1_0).__name__)
print(10 ** 3, 10 ** -1, (-10) ** 3, -10 ** 2, (-10) ** 2, 2 ** 3 ** 2, (2 ** 3) ** 2)
print(-2 ** -1, 2 ** -3 ** 1, 0 ** 0, 0 ** 5)
try:
    0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(1 + 2 * 3 - 4 // 3 % 2, (1 + 2) * 3, 2 * -3, - - 3, + - + 3, ~~5, not not 5)
print(1 < 2 == 2 > 1, (1 < 2) == (2 > 1), 1 + 2 << 1, 1 | 2 ^ 3 & 4, 6 & 3 | 8, 5 - 3 - 1, 2 ** 2 ** 0)
print(7 // 2 * 2 + 7 % 2, -7 // 2 * 2 + -7 % 2)
print(int("1_000"), int("0b_1", 0), float("1_0.5"), complex("1_0j"))
