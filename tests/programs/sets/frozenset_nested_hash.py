# Hashing deeply nested frozensets takes linear time: each element's hash is
# the one stored when it was added (von Neumann naturals, 60 levels).
nums = [frozenset()]
for i in range(60):
    nums.append(frozenset(nums))
h = {hash(n) for n in nums}
print(len(h), hash(nums[-1]) == hash(frozenset(nums[:-1])), nums[3] in nums[-1])
print(hash(frozenset()), hash(frozenset([1, 2, 3])), hash(frozenset(["a"])) == hash(frozenset(["a"])))
