# Template-method pattern, NotImplementedError for abstract hooks, and overriding with different signatures.
class Report:
    def render(self):
        return "\n".join([self.header(), *self.body(), self.footer()])
    def header(self):
        return f"== {type(self).__name__} =="
    def body(self):
        raise NotImplementedError(f"{type(self).__name__} must implement body()")
    def footer(self):
        return "== end =="
class Sales(Report):
    def body(self):
        return ["q1: 10", "q2: 20"]
class Empty(Report):
    def body(self):
        return []
    def footer(self):
        return super().footer().upper()
print(Sales().render())
print(Empty().render())
try:
    Report().render()
except NotImplementedError as e:
    print(type(e).__name__, e)
class Shape:
    def area(self):
        return 0
    def describe(self, precision=2):
        return f"{type(self).__name__} area={self.area():.{precision}f}"
class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
    def describe(self):
        return "square! " + super().describe(0)
for s in (Shape(), Circle(1), Square(3)):
    print(s.describe())
try:
    Square(1).describe(3)
except TypeError as e:
    print(type(e).__name__, e)
print(issubclass(NotImplementedError, RuntimeError), NotImplemented is not NotImplementedError)
