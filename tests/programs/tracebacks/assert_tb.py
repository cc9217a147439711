# An uncaught AssertionError with and without a message.
def check(values):
    assert all(v > 0 for v in values), f"non-positive value in {values}"
    return sum(values)
print(check([1, 2]))
try:
    check([1, -1])
except AssertionError as e:
    print("caught:", e)
x = 3
assert x == 4
