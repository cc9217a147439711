# The subclass-first rule for reflected operators and comparisons.
class Base:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return f"Base.__add__({type(o).__name__})"
    def __radd__(self, o):
        return f"Base.__radd__({type(o).__name__})"
    def __lt__(self, o):
        return f"Base.__lt__"
    def __gt__(self, o):
        return f"Base.__gt__"
    def __eq__(self, o):
        return "Base.__eq__"
class Derived(Base):
    def __radd__(self, o):
        return f"Derived.__radd__({type(o).__name__})"
    def __gt__(self, o):
        return "Derived.__gt__"
    def __eq__(self, o):
        return "Derived.__eq__"
class DerivedNoOverride(Base):
    pass
b, d, n = Base(1), Derived(2), DerivedNoOverride(3)
print(b + d)
print(d + b)
print(b + n)
print(b < d)
print(d < b)
print(b == d, d == b, b != d)
print(b < n, n > b)
class IntSub(int):
    def __radd__(self, o):
        return "IntSub.__radd__"
    def __rsub__(self, o):
        return NotImplemented
print(1 + IntSub(2), IntSub(2) + 1, 5 - IntSub(1))
class FloatSub(float):
    def __rmul__(self, o):
        return "FloatSub.__rmul__"
print(2 * FloatSub(1.5), 2.0 * FloatSub(1.5), FloatSub(1.5) * 2)
class StrSub(str):
    def __radd__(self, o):
        return "StrSub.__radd__"
print("a" + StrSub("b"), StrSub("b") + "a")
class ListSub(list):
    def __eq__(self, o):
        return "ListSub.__eq__"
print([1] == ListSub([1]), ListSub([1]) == [1])
class Left:
    def __eq__(self, o):
        print("Left.__eq__")
        return NotImplemented
class Right:
    def __eq__(self, o):
        print("Right.__eq__")
        return NotImplemented
print(Left() == Right())
print(Left() != Right())
