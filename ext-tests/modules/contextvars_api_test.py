import contextvars
import contextvars_api as c

def show(label, fn):
    try:
        print(label, "->", fn())
    except BaseException as e:
        print(label, "->", type(e).__name__, e)

show("types", lambda: (type(c.plain).__name__, c.plain.name, c.with_default.name))
show("default", lambda: c.get(True))
show("missing", lambda: c.get(False))
show("get_or", lambda: c.get_or("fallback"))
show("set_and_reset", lambda: c.set_and_reset("temp"))
show("still missing", lambda: c.get(False))
c.set_only("kept")
show("kept", lambda: (c.get(False), c.plain.get()))
show("isolated", lambda: c.isolated("inner value"))
show("after isolated", lambda: c.get(False))
ctx = contextvars.copy_context()
show("copy sees", lambda: ctx[c.plain])
def in_ctx():
    c.set_only("changed in run")
    return c.get(False)
show("run", lambda: ctx.run(in_ctx))
show("outside run", lambda: c.get(False))
c.plain.set("from python")
show("python set seen by C", lambda: c.get(False))
