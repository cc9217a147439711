"""Integer workload: tight while/for loops over small ints (Collatz chain
lengths, Euclid's gcd, a bytearray-free sieve on a list, modular
exponentiation by squaring, bit counting) plus some big-int arithmetic.

usage: int_loop.py [N]
"""
import sys


def collatz_total(limit):
    best_len = 0
    best_start = 0
    total = 0
    for start in range(1, limit):
        n = start
        steps = 0
        while n != 1:
            if n & 1:
                n = 3 * n + 1
            else:
                n >>= 1
            steps += 1
        total += steps
        if steps > best_len:
            best_len = steps
            best_start = start
    return total, best_start, best_len


def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


def gcd_sum(n):
    s = 0
    for a in range(1, n):
        for b in range(a, n, 7):
            s += gcd(a, b)
    return s


def sieve(limit):
    flags = [True] * (limit + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= limit:
        if flags[i]:
            for j in range(i * i, limit + 1, i):
                flags[j] = False
        i += 1
    count = 0
    last = 0
    for k in range(limit + 1):
        if flags[k]:
            count += 1
            last = k
    return count, last


def powmod(base, exp, mod):
    result = 1
    base %= mod
    while exp > 0:
        if exp & 1:
            result = result * base % mod
        base = base * base % mod
        exp >>= 1
    return result


def popcount_sum(n):
    total = 0
    for v in range(n):
        c = 0
        while v:
            v &= v - 1
            c += 1
        total += c
    return total


def big_fib_digits(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    digits = 0
    s = 0
    while a:
        a, r = divmod(a, 10 ** 9)
        s += r % 1000
        digits += 1
    return digits, s


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100000
    c = collatz_total(n)
    g = gcd_sum(n // 40)
    p = sieve(n * 10)
    m = 0
    for k in range(1, n // 4):
        m = (m + powmod(k, k + 12345, 1000000007)) % 1000000007
    bits = popcount_sum(n * 2)
    fib = big_fib_digits(n // 8)
    print("collatz", c, "primes", p)
    print("checksum %d %d %d %d %d %d %d %d %d %d" % (c[0], c[1], c[2], g, p[0], p[1], m,
                                                   bits, fib[0], fib[1]))


if __name__ == "__main__":
    main()
