# Closures sharing cells, late binding, cell_contents and nonlocal rebinding.
def make():
    x = 0
    def get():
        return x
    def set_(v):
        nonlocal x
        x = v
    return get, set_
get, set_ = make()
print(get())
set_(5)
print(get(), get.__closure__[0].cell_contents, get.__closure__[0] is set_.__closure__[0])
get2, set2 = make()
set2(9)
print(get(), get2())
def late():
    fns = []
    for i in range(3):
        fns.append(lambda: i)
    i = 100
    return [f() for f in fns]
print(late())
def early():
    return [(lambda j: lambda: j)(i) for i in range(3)]
print([f() for f in early()])
def counter(start):
    def step(by=1):
        nonlocal start
        start += by
        return start
    return step
c1, c2 = counter(0), counter(100)
print(c1(), c1(), c2(5), c1(10), c2())
def outer():
    v = "outer"
    def middle():
        def inner():
            return v
        return inner
    return middle()
print(outer()(), outer().__closure__[0].cell_contents)
def unbound_cell():
    def f():
        return later
    try:
        f()
    except NameError as e:
        print(type(e).__name__, e)
    later = "now bound"
    return f()
print(unbound_cell())
def cell_mod():
    items = []
    def add(x):
        items.append(x)
        return len(items)
    return add, items
add, items = cell_mod()
add(1); add(2)
print(items)
import sys
def cell_type():
    y = 1
    return (lambda: y).__closure__[0]
c = cell_type()
print(type(c).__name__, c.cell_contents)
c.cell_contents = 42
print(c.cell_contents)
