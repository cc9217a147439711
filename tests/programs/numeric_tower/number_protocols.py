# User classes that take part in numeric operations via __index__, __int__, __float__, __complex__.
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
i = Idx(3)
print([10, 20, 30, 40][i], "abcdef"[Idx(1):Idx(4)], bin(i), hex(i), oct(i), range(i), list(range(Idx(5))))
print(int(i), float(Idx(2)) if False else "skip", complex(Idx(2)) if False else "skip", [1] * Idx(3), "ab" * Idx(2))
try:
    pow(2, Idx(5))
except TypeError as e:
    print(type(e).__name__, e)
print(round(2.5, Idx(0)), round(1234, Idx(-2)))
try:
    1 << Idx(2)
except TypeError as e:
    print(type(e).__name__, e)
class Num:
    def __init__(self, v):
        self.v = v
    def __int__(self):
        return int(self.v)
    def __float__(self):
        return float(self.v)
    def __complex__(self):
        return complex(self.v, 1)
n = Num(4.5)
print(int(n), float(n), complex(n))
try:
    [1, 2][n]
except TypeError as e:
    print(type(e).__name__, e)
try:
    hex(n)
except TypeError as e:
    print(type(e).__name__, e)
try:
    range(n)
except TypeError as e:
    print(type(e).__name__, e)
try:
    n + 1
except TypeError as e:
    print(type(e).__name__, e)
class BadIndex:
    def __index__(self):
        return 1.5
try:
    [1, 2][BadIndex()]
except TypeError as e:
    print(type(e).__name__, e)
class IntSub(int):
    pass
print([5, 6][IntSub(1)], "xyz"[True], (1, 2, 3)[IntSub(-1)])
print(isinstance(True, int), isinstance(1, (float, complex)), issubclass(bool, (int,)), issubclass(int, float))
