# Recursive data structures: structural equality on deep nesting, recursive __eq__ on cycles, repr of self-containing containers.
import sys
def nest(n):
    v = []
    for _ in range(n):
        v = [v]
    return v
print(nest(50) == nest(50), nest(50) == nest(51), len(repr(nest(30))))
a = [1]
a.append(a)
b = [1]
b.append(b)
print(repr(a), a is a[1], a[1][1][1] is a)
try:
    a == b
except RecursionError as e:
    print(type(e).__name__, e)
d = {"self": None}
d["self"] = d
print(d, str([d]))
t = ([],)
t[0].append(t)
print(t)
s = set()
l = [s]
print(l)
class Node:
    def __init__(self):
        self.children = []
    def __repr__(self):
        return f"Node({self.children!r})"
n = Node()
n.children.append(n)
sys.setrecursionlimit(120)
try:
    repr(n)
except RecursionError as e:
    print(type(e).__name__, e)
deep = nest(100)
try:
    str(deep)
    print("str of 100 nested lists ok")
except RecursionError as e:
    print(type(e).__name__, e)
