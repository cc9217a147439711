# Unary operators and related builtins: __neg__, __pos__, __invert__, __abs__, __round__, __trunc__, __floor__, __ceil__.
class N:
    def __init__(self, v):
        self.v = v
    def __neg__(self):
        return N(-self.v)
    def __pos__(self):
        return N(+self.v * 1)
    def __invert__(self):
        return N(~self.v)
    def __abs__(self):
        return N(abs(self.v))
    def __round__(self, nd=None):
        return ("round", nd)
    def __repr__(self):
        return f"N({self.v})"
n = N(5)
print(-n, +n, ~n, abs(N(-3)), --n, -(-n), round(n), round(n, 2))
class Nothing:
    pass
for expr in ["-x", "+x", "~x", "abs(x)"]:
    try:
        eval(expr, {"x": Nothing()})
    except TypeError as e:
        print(type(e).__name__, e)
for expr in ["-'s'", "~1.5", "+[1]", "~[]", "abs('a')", "-None"]:
    try:
        eval(expr)
    except TypeError as e:
        print(type(e).__name__, e)
print(-True, ~True, +False, abs(-0.0), -(0.0), ~0, ~-1, -(-2**63), abs(-2**100))
class Matrix:
    def __init__(self, rows):
        self.rows = rows
    def __matmul__(self, o):
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in zip(*o.rows)] for r in self.rows])
    def __rmatmul__(self, o):
        return "rmatmul with " + type(o).__name__
    def __imatmul__(self, o):
        self.rows = (self @ o).rows
        return self
    def __repr__(self):
        return f"Matrix({self.rows})"
a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
print(a @ b, 5 @ a)
a @= b
print(a)
try:
    [1] @ [2]
except TypeError as e:
    print(type(e).__name__, e)
