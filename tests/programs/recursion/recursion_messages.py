# RecursionError raised by recursive functions, __repr__, __getattr__ and comparisons, caught and printed.
import sys
sys.setrecursionlimit(200)
def f(n):
    return f(n + 1)
try:
    f(0)
except RecursionError as e:
    print(type(e).__name__, e)
class R:
    def __repr__(self):
        return repr(self)
try:
    repr(R())
except RecursionError as e:
    print(type(e).__name__, e)
class G:
    def __getattr__(self, name):
        return getattr(self, name)
try:
    G().x
except RecursionError as e:
    print(type(e).__name__, e)
class Cmp:
    def __eq__(self, o):
        return self == o
try:
    Cmp() == 1
except RecursionError as e:
    print(type(e).__name__, e)
l = []
l.append(l)
print(repr(l))
d = {}
d[1] = d
print(d)
def mutual_a(n):
    return mutual_b(n)
def mutual_b(n):
    return mutual_a(n)
try:
    mutual_a(0)
except RecursionError as e:
    print("mutual:", e)
print(sys.getrecursionlimit())
def recover(n):
    try:
        return recover(n + 1)
    except RecursionError:
        return n
depth = recover(0)
print(depth > 100, depth < 200)
print(f(0) if False else "still works after recovery")
