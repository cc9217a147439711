"""A tight integer loop (collatz steps)."""
import sys


def collatz_total(limit):
    total = 0
    for start in range(1, limit):
        n = start
        steps = 0
        while n != 1:
            if n % 2 == 0:
                n = n // 2
            else:
                n = 3 * n + 1
            steps += 1
        total += steps
    return total


print("checksum", collatz_total(int(sys.argv[1]) if len(sys.argv) > 1 else 150000))
