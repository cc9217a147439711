import capsule as c

def show(f, *args):
    try:
        print(f.__name__, "->", f(*args))
    except BaseException as e:
        print(f.__name__, "->", type(e).__name__, e)

a = c.make("mod.name", True)
print(type(a).__name__, repr(a).startswith('<capsule object "mod.name" at'))
show(c.get, a, "mod.name")
show(c.get, a, "other")
show(c.get, a)
show(c.info, a)
b = c.make(None, False)
print(repr(b).startswith("<capsule object NULL at"))
show(c.get, b)
show(c.get, b, "x")
show(c.info, b)
show(c.info, 5)
show(c.get, 5)
print("destroyed", c.destroyed_count())
del a
print("destroyed", c.destroyed_count())
del b
print("destroyed", c.destroyed_count())
d = c.make("to.mutate", False)
show(c.mutate, d)
show(c.info, d)
keep = [d]
del d
print("destroyed", c.destroyed_count())
keep.clear()
print("destroyed", c.destroyed_count())
show(c.import_, "capsule.C_API")
show(c.import_, "capsule.missing")
show(c.import_, "no_such_module_xyz.attr")
show(c.null_pointer)
