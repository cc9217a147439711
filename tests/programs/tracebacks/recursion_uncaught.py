# An uncaught RecursionError: the repeated frames are collapsed in the traceback.
import sys
sys.setrecursionlimit(100)
def down(n):
    return down(n + 1) + 1
print("recursing")
down(0)
