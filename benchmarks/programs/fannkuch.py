"""List permutation workload: the fannkuch "pancake flip" count over every
permutation of 0..n-1, generated iteratively with a rotation counter
(list pop/insert), flipping prefixes by slice assignment or element swaps.

usage: fannkuch.py [N]
"""
import sys


def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    index = 0          # permutation number, for the alternating-sign checksum
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        if perm1[0] != 0:
            perm = perm1[:]
            flips = 0
            k = perm[0]
            while k != 0:
                if k > 4:
                    # long prefix: reverse it with a slice assignment
                    perm[:k + 1] = perm[k::-1]
                else:
                    # short prefix: swap elements pairwise
                    i = 0
                    j = k
                    while i < j:
                        perm[i], perm[j] = perm[j], perm[i]
                        i += 1
                        j -= 1
                flips += 1
                k = perm[0]
            if flips > max_flips:
                max_flips = flips
            if index % 2 == 0:
                checksum += flips
            else:
                checksum -= flips
        # next permutation: rotate the prefix of length r+1 left by one
        while True:
            if r == n:
                return checksum, max_flips, index + 1
            first = perm1.pop(0)
            perm1.insert(r, first)
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1
        index += 1


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 9
    checksum, max_flips, perms = fannkuch(n)
    print("Pfannkuchen(%d) = %d, %d permutations" % (n, max_flips, perms))
    print("checksum %d %d %d" % (checksum, max_flips, perms))


if __name__ == "__main__":
    main()
