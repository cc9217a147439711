import sys
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
d = depth(0)
print(d > 100, d < 200)
sys.setrecursionlimit(5000)
def sum_to(n):
    return 0 if n == 0 else n + sum_to(n - 1)
print(sum_to(3000))
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(e)
