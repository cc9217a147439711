# Introspecting closures: co_freevars/co_cellvars, nested cell chains and which names become cells.
def outer(a, b):
    c = 3
    unused = 4
    def middle():
        d = 5
        def inner():
            return a + c + d
        return inner
    return middle
m = outer(1, 2)
i = m()
print(outer.__code__.co_cellvars, m.__code__.co_freevars, m.__code__.co_cellvars, i.__code__.co_freevars)
print([c.cell_contents for c in i.__closure__], i(), len(m.__closure__))
def param_cell(x):
    return lambda: x
print(param_cell.__code__.co_cellvars, param_cell(5).__code__.co_freevars, param_cell(5)())
def class_cell():
    class K:
        def m(self):
            return __class__
    return K
K = class_cell()
print(K.m.__code__.co_freevars, K().m() is K)
def shadow_cell():
    x = 1
    def g():
        x = 2
        return x
    return g.__code__.co_freevars, g()
print(shadow_cell())
def nonlocal_only():
    y = 0
    def setter():
        nonlocal y
        y = 10
    setter()
    return y, setter.__code__.co_freevars
print(nonlocal_only())
def global_not_cell():
    global some_global
    some_global = 1
    return (lambda: some_global).__code__.co_freevars
print(global_not_cell())
