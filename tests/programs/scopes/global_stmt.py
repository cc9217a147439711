# global statement: creating globals from functions, globals() dict, and module-level exec.
def create():
    global created
    created = "made in function"
create()
print(created, "created" in globals())
def bump():
    global total
    total = total + 1 if "total" in globals() else 1
for _ in range(3):
    bump()
print(total)
globals()["dynamic"] = "via globals()"
print(dynamic)
def read_dynamic():
    return dynamic2
globals().update(dynamic2="updated")
print(read_dynamic())
g = globals()
print(g is globals(), g["__name__"], sorted(k for k in g if not k.startswith("_"))[:6])
def local_globals():
    local_var = 1
    return "local_var" in globals(), "local_var" in locals()
print(local_globals())
ns = {}
exec("global_in_ns = 5\ndef f():\n    global global_in_ns\n    global_in_ns += 1\nf()", ns)
print(ns["global_in_ns"])
def nested_global():
    def inner():
        global from_inner
        from_inner = "inner"
    inner()
nested_global()
print(from_inner)
class C:
    global from_class
    from_class = "class body"
    attr = 1
print(from_class, hasattr(C, "from_class"))
for loopvar in range(3):
    pass
print(loopvar, [cv for cv in range(2)], "cv" in globals())
def gl_in_loop():
    global acc
    acc = []
    for i in range(3):
        acc.append(i)
gl_in_loop()
print(acc)
