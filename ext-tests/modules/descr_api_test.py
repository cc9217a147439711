import descr_api as d

def show(label, fn):
    try:
        print(label, "->", fn())
    except BaseException as e:
        print(label, "->", type(e).__name__, e)

h = d.Host()
h.value = 20
show("method", lambda: (h.add(1), d.Host.add(h, 2), d.Host.add.__doc__, type(d.Host.__dict__["add"]).__name__))
show("classmethod", lambda: (d.Host.make(5).value, h.make(6).value, type(d.Host.__dict__["make"]).__name__))
show("member", lambda: (h.value, d.Host.value.__doc__, type(d.Host.__dict__["value"]).__name__))
show("getset", lambda: (h.double, d.Host.double.__doc__, type(d.Host.__dict__["double"]).__name__))
show("getset readonly", lambda: setattr(h, "double", 1))
show("is_data", lambda: [d.is_data(n) for n in ["add", "make", "value", "double", "missing"]])
show("generic get", lambda: d.generic(h, "value"))
show("generic set", lambda: d.generic(h, "value", 7))
show("generic missing", lambda: d.generic(h, "nope"))
show("generic no dict", lambda: d.generic(h, "nope", 1))
show("method wrong self", lambda: d.Host.add(5, 1))
p = d.proxy({"a": 1, "b": 2})
show("proxy", lambda: (type(p).__name__, p["a"], sorted(p), len(p), "b" in p, p.get("z", 0)))
show("proxy readonly", lambda: p.__setitem__("a", 3))
show("proxy of list", lambda: d.proxy([1]))
show("type dict", lambda: sorted(k for k in d.Host.__dict__ if not k.startswith("__")))
