# Cell objects: __closure__, cell_contents, empty cells, and sharing between closures.
def make():
    x = 1
    y = "two"
    def f():
        return x, y
    def g():
        nonlocal x
        x += 1
    return f, g
f, g = make()
cells = f.__closure__
print(len(cells), [type(c).__name__ for c in cells], [c.cell_contents for c in cells], f.__code__.co_freevars)
g()
print(cells[0].cell_contents, f())
print(f.__closure__[0] is g.__closure__[0])
def empty_cell():
    def h():
        return late
    c = h.__closure__[0]
    try:
        c.cell_contents
    except ValueError as e:
        print(type(e).__name__, e)
    late = 5
    return c.cell_contents
print(empty_cell())
def no_closure():
    return 1
print(no_closure.__closure__, no_closure.__code__.co_freevars)
CellType = type(f.__closure__[0])
c = CellType()
try:
    c.cell_contents
except ValueError as e:
    print(type(e).__name__, e)
c.cell_contents = [1]
print(c.cell_contents)
c2 = CellType("initial")
print(c2.cell_contents, c2 == CellType("initial"), c2 != CellType("other"), CellType(1) < CellType(2))
del c2.cell_contents
try:
    c2.cell_contents
except ValueError as e:
    print(type(e).__name__, e)
class A:
    def m(self):
        return __class__
print(A.m.__closure__[0].cell_contents is A, A.m.__code__.co_freevars)
