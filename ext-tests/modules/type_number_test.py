import operator
from type_number import Num

def show(label, f):
    try:
        print(label, "->", f())
    except BaseException as e:
        print(label, "->", type(e).__name__, e)

a, b = Num(12), Num(5)
for name in ["add", "sub", "mul", "mod", "floordiv", "truediv", "lshift", "rshift", "and_", "or_", "xor", "matmul"]:
    op = getattr(operator, name)
    show(name, lambda: (op(a, b), op(a, 3), op(30, b)))
show("divmod", lambda: (divmod(a, b), divmod(17, b)))
show("pow", lambda: (a ** 2, pow(a, 2, 7), 2 ** b, pow(Num(3), Num(3), 5)))
show("zero", lambda: a // Num(0))
show("foreign", lambda: a + "x")
show("foreign r", lambda: "x" + a)
show("float mix", lambda: a + 1.5)
show("unary", lambda: (-a, +a, abs(Num(-4)), ~a))
show("bool", lambda: (bool(Num(0)), bool(a), not Num(0)))
show("int/float/index", lambda: (int(a), float(a), operator.index(a), [10, 20, 30][Num(1)], hex(a)))
show("range", lambda: list(range(Num(3))))
c = Num(1)
c += 2
print("iadd", c)
c -= 1
print("isub falls back", c)
c **= 5
print("ipow", c)
print(Num.__add__, Num.__radd__(a, 1), Num.__neg__(a), Num.__bool__(Num(0)))
print(sorted(k for k in vars(Num) if k.startswith("__") and k not in ("__doc__", "__new__", "__repr__")))

class Sub(Num):
    def __add__(self, other):
        return ("Sub.__add__", other)
    def __radd__(self, other):
        return ("Sub.__radd__", other)

s = Sub(3)
show("sub add", lambda: (s + 1, 1 + s, a + s, s - 1))
