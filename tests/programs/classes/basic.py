class Point:
    """A point."""
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    @property
    def swapped(self):
        return Point(self.y, self.x)
    @classmethod
    def origin(cls):
        return cls(0, 0)
    @staticmethod
    def helper(v):
        return v * 2
p = Point(3, 4)
print(p, p.norm2(), p.swapped, Point.origin(), Point.helper(5), p.helper(1), Point.dims, p.dims, Point.__doc__, Point.__name__, Point.__qualname__)
print(p == Point(3, 4), p != Point(1, 1), {p, Point(3, 4)}, len({p: 1, Point(3, 4): 2}))
p.z = 9; print(p.z, vars(p), hasattr(p, "q"), getattr(p, "q", "default"))
del p.z; print(hasattr(p, "z"))
try:
    p.missing
except AttributeError as e:
    print(e)
try:
    Point(1)
except TypeError as e:
    print(e)
print(type(p).__name__, isinstance(p, Point), issubclass(Point, object), Point.__mro__, type(Point))
class Empty:
    pass
e = Empty()
print(type(e).__name__, Empty.__module__, Empty.__bases__)
