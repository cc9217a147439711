data = [("b", 2), ("a", 2), ("c", 1), ("a", 1)]
print(sorted(data), sorted(data, key=lambda t: t[1]), sorted(data, key=lambda t: t[1], reverse=True))
words = ["banana", "Apple", "cherry", "apple"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), max(words, key=len), min(words))
nums = [3, -1, 4, -1, 5, -9, 2, 6]
nums.sort(key=abs); print(nums)
print(sorted(nums, reverse=True), sorted(range(10), key=lambda v: v % 3))
try:
    sorted([1, "a"])
except TypeError as e:
    print(e)
print(sorted([3.5, 1, 2.25]), sorted({3: "c", 1: "a"}), sorted("hello", reverse=True))
