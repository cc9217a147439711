# Annotations on lambdas (not allowed), nested functions, methods, and class inheritance of __annotations__.
class Base:
    a: int
    b: str = "b"
class Child(Base):
    c: float
print(Base.__annotations__, Child.__annotations__, Child.b)
class NoOwn(Base):
    pass
print(NoOwn.__annotations__)
def outer() -> "outer ret":
    def inner(q: "inner q") -> "inner ret":
        pass
    return inner
print(outer.__annotations__, outer().__annotations__)
try:
    compile("lambda x: int: x", "<l>", "eval")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
for src in ["x: int, y: int = 1, 2", "(a, b): int", "[a]: int = [1]", "a.b: int", "a[0]: int"]:
    try:
        compile(src, "<a>", "exec")
        print("compiled", src)
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
def star_ann(*args: "star", **kwargs: "dstar"):
    pass
print(star_ann.__annotations__)
ns = {}
exec("v: int = 1\nw: str", ns)
print(ns["__annotations__"], ns["v"], "w" in ns)
class WithClassVar:
    count: int = 0
    def __init__(self):
        self.name: str = "inst"
print(WithClassVar.__annotations__, WithClassVar().name)
