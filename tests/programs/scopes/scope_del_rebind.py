# Deleting and rebinding names across scopes: del of free variables, del then nonlocal, unbound after del in loops.
def outer():
    x = 1
    def reader():
        return x
    del x
    try:
        reader()
    except NameError as e:
        print(type(e).__name__, e)
    x = 2
    return reader()
print(outer())
def loop_del():
    out = []
    for i in range(3):
        val = i * 10
        out.append(val)
        del val
    try:
        val
    except UnboundLocalError as e:
        out.append(str(e))
    return out
print(loop_del())
def nonlocal_del():
    y = "y"
    def killer():
        nonlocal y
        del y
    killer()
    try:
        return y
    except NameError as e:
        return f"{type(e).__name__}: {e}"
print(nonlocal_del())
g = "module"
def global_del():
    global g
    del g
global_del()
print("g" in globals())
g = "back"
print(g)
def except_var_cleared():
    e = "before"
    try:
        raise ValueError
    except ValueError as e:
        pass
    try:
        return e
    except UnboundLocalError as err:
        return f"{type(err).__name__}: {err}"
print(except_var_cleared())
