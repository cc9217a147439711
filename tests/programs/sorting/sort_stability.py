# list.sort and sorted: stability, key, reverse, and sort of records.
records = [("bob", 25, "nyc"), ("alice", 30, "sf"), ("carol", 25, "la"), ("dave", 30, "nyc"), ("eve", 22, "sf"), ("frank", 25, "sf")]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted(records, key=lambda r: (r[2], -r[1])))
by_city = sorted(records, key=lambda r: r[2])
by_age_then_city = sorted(by_city, key=lambda r: r[1])
print([r[0] for r in by_age_then_city])
data = [(1, "b"), (0, "a"), (1, "a"), (0, "b"), (1, "c")]
print(sorted(data, key=lambda p: p[0]), sorted(data, key=lambda p: p[0], reverse=True))
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (len(w), w.lower())), sorted(words, reverse=True))
nums = [5, -3, 2, -8, 0, 7, -1]
nums.sort(key=abs)
print(nums)
nums.sort(reverse=True)
print(nums)
print(sorted("hello"), sorted((3, 1, 2)), sorted({3: "a", 1: "b"}), sorted(range(5), key=lambda x: -x), sorted([]), sorted([1]))
print(sorted([[2, 1], [1, 2], [1, 1, 1], [1]]), sorted([(1, 2), (1,), ()]), sorted([True, False, 0, 1]))
big = [(i * 7919) % 1009 for i in range(200)]
s = sorted(big)
print(s[:10], s[-5:], all(s[i] <= s[i + 1] for i in range(len(s) - 1)), len(s))
lst = [3, 1, 2]
r = lst.sort()
print(r, lst)
try:
    sorted([1, "a"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    [3, None, 1].sort()
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1], key=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1], lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
