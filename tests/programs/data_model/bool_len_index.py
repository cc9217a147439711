# __bool__ vs __len__ precedence, __index__ in slicing/bin/operator contexts, __int__ vs __index__.
class Both:
    def __bool__(self):
        print("__bool__")
        return False
    def __len__(self):
        print("__len__")
        return 5
print(bool(Both()), not Both(), len(Both()))
if Both():
    print("no")
else:
    print("bool wins")
class LenOnly:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(bool(LenOnly(0)), bool(LenOnly(3)), [x for x in [LenOnly(0), LenOnly(1)] if x].__len__())
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        print("__index__", self.v)
        return self.v
lst = list(range(10))
print(lst[Idx(2)], lst[Idx(1):Idx(5):Idx(2)], bin(Idx(5)), oct(Idx(8)), hex(Idx(255)))
print("ab" * Idx(2), [0] * Idx(3), range(Idx(3)), (1, 2, 3)[Idx(-1)], b"xyz"[Idx(0)])
print(int(Idx(7)), complex(Idx(2)) if False else "", round(3.14159, Idx(2)), chr(Idx(65)), format(Idx(10) if False else 10, "x"))
print(divmod(7, 2), pow(2, 5), (7).__lshift__(2))
class IntOnly:
    def __int__(self):
        return 3
for call in [lambda: lst[IntOnly()], lambda: bin(IntOnly()), lambda: "a" * IntOnly(), lambda: range(IntOnly()), lambda: chr(IntOnly())]:
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)
print(int(IntOnly()))
class BoolRaises:
    def __bool__(self):
        raise RuntimeError("no truth")
try:
    if BoolRaises():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    BoolRaises() and 1
except RuntimeError as e:
    print("and:", e)
print([1, 2] and "short-circuit does not call bool on the result", 0 or BoolRaises().__class__.__name__)
import sys
print(sys.maxsize == 2**63 - 1)
class Huge:
    def __index__(self):
        return 2**100
try:
    lst[Huge()]
except IndexError as e:
    print(type(e).__name__, e)
try:
    "x" * Huge()
except OverflowError as e:
    print(type(e).__name__, e)
print(lst[Huge():], range(Huge())[-1] == 2**100 - 1)
