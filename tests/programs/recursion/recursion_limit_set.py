# sys.setrecursionlimit/getrecursionlimit: values, errors, and raising the limit to allow deeper recursion.
import sys
old = sys.getrecursionlimit()
print(old)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
sys.setrecursionlimit(3000)
print(sys.getrecursionlimit(), depth(2500))
sys.setrecursionlimit(100)
try:
    depth(200)
except RecursionError as e:
    print(type(e).__name__, e)
for bad in (0, -5):
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    sys.setrecursionlimit("10")
except TypeError as e:
    print(type(e).__name__, e)
sys.setrecursionlimit(old)
print(sys.getrecursionlimit(), depth(500))
def nested_data(n):
    return [] if n == 0 else [nested_data(n - 1)]
x = nested_data(50)
print(str(x).count("["), len(repr(x)))
