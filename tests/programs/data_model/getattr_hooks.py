# __getattribute__, __getattr__, __setattr__, __delattr__ and their ordering.
class Tracer:
    def __init__(self):
        object.__setattr__(self, "log", [])
        self.real = 1
    def __getattribute__(self, name):
        if name != "log":
            object.__getattribute__(self, "log").append("get " + name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        self.log.append("fallback " + name)
        if name.startswith("dyn_"):
            return name[4:]
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")
    def __setattr__(self, name, value):
        self.log.append(f"set {name}={value!r}")
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append("del " + name)
        object.__delattr__(self, name)
t = Tracer()
print(t.real, t.dyn_hello)
try:
    t.nothing
except AttributeError as e:
    print(type(e).__name__, e)
t.x = 5
del t.x
print(hasattr(t, "x"), getattr(t, "dyn_q"), getattr(t, "zz", "dflt"))
print(t.log)
class RaisesInGetattribute:
    def __getattribute__(self, name):
        if name == "special":
            raise AttributeError("from getattribute")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return f"getattr rescued {name}"
print(RaisesInGetattribute().special)
class PropertyError:
    @property
    def broken(self):
        raise AttributeError("inner attribute missing")
    def __getattr__(self, name):
        return f"__getattr__({name})"
print(PropertyError().broken)
class ReadOnly:
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name}")
try:
    ReadOnly().a = 1
except AttributeError as e:
    print(type(e).__name__, e)
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
    def __getattr__(self, name):
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        setattr(self._target, name, value)
class Target:
    x = 1
tgt = Target()
p = Proxy(tgt)
p.y = 2
print(p.x, p.y, tgt.y, sorted(vars(p)), vars(p)["_target"] is tgt)
class GetattrNotForDunder:
    def __getattr__(self, name):
        return lambda *a: f"called {name}"
g = GetattrNotForDunder()
print(g.foo(), g.__len__())
try:
    len(g)
except TypeError as e:
    print(type(e).__name__, e)
class ErrMsg:
    pass
for name in ("missing", "__missing__"):
    try:
        getattr(ErrMsg(), name)
    except AttributeError as e:
        print(type(e).__name__, e, repr(e.name), type(e.obj).__name__)
try:
    getattr(ErrMsg, "cls_missing")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    (5).nope
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
