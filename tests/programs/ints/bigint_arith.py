# Arbitrary-precision arithmetic.
a = 123456789012345678901234567890
b = 987654321098765432109876543210
print(a + b, a - b, a * b, b // a, b % a, -a * b)
print(a ** 3, (-a) ** 3, 2 ** 256, 3 ** 100, (-2) ** 63, (-2) ** 64)
f = 1
for i in range(1, 41):
    f *= i
print(f, len(str(f)), f // 10**40, f % 10**10)
print(str(2**1000)[:20], str(2**1000)[-20:], len(str(7**500)))
x = 1
for i in range(200):
    x = x * 3 + 1
print(x % 1000003, x.bit_length(), x >> 300)
print(hex(2**100), oct(2**70), bin(2**40 - 1), hex(-(2**70)))
print(abs(-10**50), -(-10**50), +10**50, abs(10**50 - 10**50))
print(10**50 // 7, 10**50 % 7, divmod(-10**50, 7), divmod(10**50, -7))
g1, g2 = 2**64 * 3 * 5, 2**60 * 5 * 7
while g2:
    g1, g2 = g2, g1 % g2
print(g1)
print(int(str(10**100)) == 10**100, int("9" * 60) + 1 == 10**60)
print(sum(range(10**6)), sum(i * i for i in range(1000)))
print(10**20 == 10**20, hash(10**20) == hash(10**20), hash(2**61 - 1), hash(2**61), hash(-2**61))
print(hash(-1), hash(-2), hash(10**30) % 1000, hash(-(10**30)) % 1000)
n = 2**127 - 1
print(n, n % 1000000007, pow(3, n, 1000000007))
print(round(123456789, -3), round(-123456789, -4), round(10**25 + 5 * 10**4, -5), round(15, -1), round(25, -1))
