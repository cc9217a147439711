# __set_name__ called at class creation; typed/validated fields built on descriptors.
class Field:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        print("__set_name__", owner.__name__, name)
        self.name = name
        self.private = "_" + name
    def __get__(self, inst, owner):
        if inst is None:
            return self
        return getattr(inst, self.private, None)
    def __set__(self, inst, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        setattr(inst, self.private, value)
class Person:
    name = Field(str)
    age = Field(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age
p = Person("Ann", 30)
print(p.name, p.age, sorted(vars(p)))
try:
    p.age = "old"
except TypeError as e:
    print(type(e).__name__, e)
print(Person.name.name, Person.age.private)
f = Field(float)
class Later:
    pass
Later.x = f
print(hasattr(f, "name"))
f.__set_name__(Later, "x")
print(f.name)
class Shared:
    a = b = Field(int)
print(Shared.a.name)
class Raises:
    def __set_name__(self, owner, name):
        raise ValueError("set_name failed for " + name)
try:
    class Bad:
        attr = Raises()
except Exception as e:
    print(type(e).__name__, e, type(e.__cause__).__name__ if e.__cause__ else None)
class Counter:
    count = 0
    def __set_name__(self, owner, name):
        Counter.count += 1
        self.order = Counter.count
class Ordered:
    z = Counter()
    a = Counter()
    m = Counter()
print([(n, getattr(Ordered, n).order) for n in ("z", "a", "m")])
T = type("T", (), {"fld": Field(int)})
print(T.fld.name)
