# A caching non-data descriptor (like cached_property) storing into the instance __dict__.
class cached:
    def __init__(self, fn):
        self.fn = fn
        self.name = fn.__name__
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, inst, owner=None):
        if inst is None:
            return self
        print("computing", self.name)
        value = self.fn(inst)
        inst.__dict__[self.name] = value
        return value
class Circle:
    def __init__(self, r):
        self.r = r
    @cached
    def area(self):
        return 3 * self.r * self.r
    @cached
    def perimeter(self):
        return 6 * self.r
c = Circle(2)
print(c.area, c.area, c.perimeter, sorted(vars(c)))
del c.area
print(c.area)
c.area = "overridden"
print(c.area, type(Circle.area).__name__, Circle.area.name)
class Slotted:
    __slots__ = ("r",)
    def __init__(self):
        self.r = 1
    @cached
    def area(self):
        return self.r
try:
    Slotted().area
except AttributeError as e:
    print(type(e).__name__, e)
