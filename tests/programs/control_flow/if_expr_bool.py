# if/elif/else, conditional expressions, truthiness of user objects, and/or returning operands.
def classify(n):
    if n < 0:
        return "neg"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "big"
print([classify(n) for n in (-5, 0, 3, 42)])
print("yes" if [] else "no", "yes" if [0] else "no", 1 if 0 else 2 if 0 else 3, (lambda: "a" if True else "b")())
class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("bool called", self.v)
        return self.v
class L:
    def __len__(self):
        print("len called")
        return 0
class Neither:
    pass
if B(True):
    print("truthy B")
if not L():
    print("falsy L")
print(bool(Neither()), B(False) or "fallback", B(True) and "second", L() or "L-falsy")
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)
class BadLen:
    def __len__(self):
        return -1
try:
    bool(BadLen())
except ValueError as e:
    print(type(e).__name__, e)
class BigLen:
    def __len__(self):
        return 2**70
try:
    bool(BigLen())
except OverflowError as e:
    print(type(e).__name__, e)
class BoolNone:
    __bool__ = None
try:
    bool(BoolNone())
except TypeError as e:
    print(type(e).__name__, e)
x = None
print(x or [], x and x.attr, 0 or "" or None, 1 and 2 and 3, 1 and 0 and 3, [] or {} or ())
y = 0
if y:
    pass
elif y is None:
    print("none")
elif not y:
    print("falsy zero")
n = 15
print("Fizz" * (n % 3 == 0) + "Buzz" * (n % 5 == 0) or n)
print(["FizzBuzz" if i % 15 == 0 else "Fizz" if i % 3 == 0 else "Buzz" if i % 5 == 0 else i for i in range(1, 16)])
