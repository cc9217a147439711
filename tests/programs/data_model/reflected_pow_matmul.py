# Three-argument pow dispatch, __rpow__, __matmul__/__rmatmul__, and __divmod__/__rdivmod__.
class P:
    def __pow__(self, other, mod=None):
        return ("pow", other, mod)
    def __rpow__(self, other, mod=None):
        return ("rpow", other, mod)
    def __divmod__(self, other):
        return ("divmod", other)
    def __rdivmod__(self, other):
        return ("rdivmod", other)
    def __matmul__(self, other):
        return ("matmul", other)
    def __rmatmul__(self, other):
        return ("rmatmul", other)
p = P()
print(p ** 2, 2 ** p, pow(p, 3), pow(p, 3, 5), pow(2, p), divmod(p, 7), divmod(7, p), p @ 1, 1 @ p)
try:
    pow(2, p, 5)
except TypeError as e:
    print(type(e).__name__, e)
class OnlyR:
    def __rpow__(self, other):
        return f"{other} ** OnlyR"
print(3 ** OnlyR(), 2.5 ** OnlyR())
try:
    OnlyR() ** 2
except TypeError as e:
    print(type(e).__name__, e)
print(pow(3, 2, 5), (3).__pow__(2, 5), pow(2, -1, 5), pow(10, 0, 1), pow(-1, 0, 7))
try:
    pow(2, 3, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    pow(4, -1, 8)
except ValueError as e:
    print(type(e).__name__, e)
