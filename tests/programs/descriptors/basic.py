class Typed:
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f"{self.name[1:]} must be int")
        setattr(obj, self.name, value)
class NonData:
    def __get__(self, obj, objtype=None):
        return "nondata"
class P:
    x = Typed()
    y = NonData()
p = P(); p.x = 5; print(p.x, P.x.name, p.y)
p.__dict__["y"] = "instance wins"; print(p.y)
p.__dict__["x"] = "ignored"; print(p.x)
try:
    p.x = "bad"
except TypeError as e:
    print(e)
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def c(self):
        return self._c
    @c.setter
    def c(self, v):
        self._c = v
    @c.deleter
    def c(self):
        print("deleted")
t = Temp(); t.c = 10; print(t.c); del t.c
class RO:
    @property
    def v(self):
        return 1
try:
    RO().v = 2
except AttributeError as e:
    print(e)
print(type(P.__dict__["x"]).__name__, isinstance(P.__dict__, object))
