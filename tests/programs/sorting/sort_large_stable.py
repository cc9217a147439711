# Stability and correctness on larger inputs with many duplicates (checks against a simple reference).
seed = 12345
def rand():
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed
items = [(rand() % 50, i) for i in range(2000)]
by_key = sorted(items, key=lambda t: t[0])
ok = all(by_key[i][0] < by_key[i + 1][0] or (by_key[i][0] == by_key[i + 1][0] and by_key[i][1] < by_key[i + 1][1]) for i in range(len(by_key) - 1))
print(ok, by_key[:3], by_key[-3:])
rev = sorted(items, key=lambda t: t[0], reverse=True)
ok_rev = all(rev[i][0] > rev[i + 1][0] or (rev[i][0] == rev[i + 1][0] and rev[i][1] < rev[i + 1][1]) for i in range(len(rev) - 1))
print(ok_rev, rev[:3])
nums = [rand() % 1000 for _ in range(3000)]
s = sorted(nums)
counts = {}
for n in nums:
    counts[n] = counts.get(n, 0) + 1
rebuilt = [n for n in sorted(counts) for _ in range(counts[n])]
print(s == rebuilt, s[:5], s[-5:], len(s))
desc = sorted(nums, reverse=True)
print(desc == s[::-1], desc[:3])
runs = list(range(100)) + list(range(50)) + list(range(100, 0, -1))
print(sorted(runs)[:6], sorted(runs)[-3:], sorted(runs) == sorted(runs, key=lambda x: x))
strs = [str(rand() % 100) for _ in range(500)]
print(sorted(strs)[:5], sorted(strs, key=int)[:5], sorted(strs, key=len)[:5])
