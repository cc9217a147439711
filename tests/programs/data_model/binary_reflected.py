# Binary operators: forward, reflected, NotImplemented fallback, and the error messages.
class V:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"V({self.v})"
    def __add__(self, o):
        print("V.__add__", o)
        return V(self.v + o.v) if isinstance(o, V) else (V(self.v + o) if isinstance(o, int) else NotImplemented)
    def __radd__(self, o):
        print("V.__radd__", o)
        return V(o + self.v) if isinstance(o, int) else NotImplemented
    def __mul__(self, o):
        return NotImplemented
    def __rmul__(self, o):
        return f"rmul({o})"
print(V(1) + V(2), V(1) + 5, 5 + V(1), V(2) * 3 if False else 3 * V(2))
try:
    V(1) * 3
except TypeError as e:
    print(type(e).__name__, e)
try:
    V(1) + "s"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "s" + V(1)
except TypeError as e:
    print(type(e).__name__, e)
ops = ["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@"]
class Rec:
    def __getattr__(self, name):
        raise AttributeError(name)
names = ["add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and", "or", "xor", "matmul"]
class All:
    pass
for n in names:
    setattr(All, f"__{n}__", (lambda n: lambda self, o: f"{n}")(n))
    setattr(All, f"__r{n}__", (lambda n: lambda self, o: f"r{n}")(n))
a = All()
for op in ops:
    print(op, eval(f"a {op} 1"), eval(f"1 {op} a"))
class Nothing:
    pass
for op in ops:
    try:
        eval(f"Nothing() {op} 1")
    except TypeError as e:
        print(type(e).__name__, e)
try:
    divmod(Nothing(), 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    pow(Nothing(), 1, 2)
except TypeError as e:
    print(type(e).__name__, e)
class Same:
    def __radd__(self, o):
        return "radd called"
try:
    Same() + Same()
except TypeError as e:
    print("same-type reflected not tried:", e)
