# Comparisons between ints, bools, floats and big ints, including chains.
print(1 < 2, 2 <= 2, 3 > 4, 5 >= 5, 6 == 6, 7 != 7)
print(1 == 1.0, 1 == True, 0 == False, 2 == True, 10**20 == 1e20, 10**16 + 1 == 1e16 + 1)
print(2**53 + 1 == float(2**53 + 1), 2**53 + 1 > float(2**53), 2**1000 > 1e300, 2**1100 > 1e308)
print(-2**1100 < -1e308, 2**1100 < float("inf"), -2**1100 > float("-inf"))
nan = float("nan")
print(1 < nan, 1 > nan, 1 == nan, 1 != nan, 10**400 == nan, 10**400 < nan)
print(1 < 2 < 3 < 4, 1 < 3 < 2, 5 > 4 > 4, 1 == 1 == 1.0, 1 != 2 != 1)
calls = []
def v(x):
    calls.append(x)
    return x
print(v(1) < v(2) < v(0) < v(5))
print(calls)
calls.clear()
print(v(3) > v(2) > v(1))
print(calls)
try:
    1 < "1"
except TypeError as e:
    print(type(e).__name__, e)
try:
    None > 0
except TypeError as e:
    print(type(e).__name__, e)
try:
    [] <= 1
except TypeError as e:
    print(type(e).__name__, e)
print(1 == "1", 1 != "1", None == 0, [] == 0)
print(max(3, 3.0), min(3.0, 3), max(True, 1), max(1, True), sorted([3, 1.5, True, 2**70, -2, 0.0]))
print(True > False, True >= 1, False < 0.5, (1).__lt__(2), (1).__lt__(2.0), (1).__eq__("a"))
big = [10**30, -10**30, 10**30 + 1, 10**29]
print(sorted(big), max(big), min(big))
print(0 == -0, 0.0 == -0.0, 0 == -0.0, (-0.0).__eq__(0))
