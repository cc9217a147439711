# min/max with key, default, multiple args, and their errors.
print(max(3, 1, 2), min(3, 1, 2), max([3, 1, 2]), min("hello"), max("apple", "banana", key=len), min([], default="empty"))
print(max([1, 5, 3], key=lambda x: -x), min({"a": 3, "b": 1}, key={"a": 3, "b": 1}.get), max([], default=None))
print(max([(1, "b"), (1, "a")]), max([2, 2.0]), max([2.0, 2]), min([1, True]), max("ab", "b", "abc"))
words = ["xx", "y", "zz", "w"]
print(max(words, key=len), min(words, key=len), max(reversed(words), key=len))
for call in [lambda: max(), lambda: max([]), lambda: min(1), lambda: max(1, 2, default=0), lambda: max([1, "a"]),
             lambda: min([1], key=1), lambda: max([1], foo=1), lambda: min(iter([]))]:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(max(range(10), key=lambda x: x % 4), min(range(10), key=lambda x: (x % 3, -x)), max(iter([4, 9, 2])))
print(max({3, 9, 1}), min(frozenset([5, 2])), max({1: "a", 5: "b"}), max(b"abc"), min((3, 1), (2, 9)))
print(sum([]), sum([1, 2], 10), sum([[1], [2]], []), sum(((1,), (2,)), ()), sum([0.1] * 3), sum(range(5), start=100))
for call in [lambda: sum(["a", "b"], ""), lambda: sum([b"a"], b""), lambda: sum([1, "a"]), lambda: sum(1)]:
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)
print(sum([1.5, 2, True]), sum([1j, 1]), sum(x * x for x in range(4)), sum([10**20, 1]))
