# __annotations__ in modules, classes and functions; evaluation timing; annotated assignments without values.
x: int = 5
y: "forward ref"
z: list[int]
print(__annotations__)
def f(a: int, b: "str" = "d", *args: float, c: bool, **kw: dict) -> None:
    local_ann: int = 3
    return local_ann
print(f.__annotations__, f(1, c=True))
class C:
    attr: int
    other: str = "value"
    def m(self, p: "C") -> "C":
        return self
print(C.__annotations__, "attr" in C.__dict__, C.other, C.m.__annotations__)
class Empty:
    pass
print(Empty.__dict__.get("__annotations__"), getattr(Empty, "__annotations__", "no attr"))
log = []
def ann(v):
    log.append(v)
    return v
def g(p: ann("param")) -> ann("return"):
    pass
print(log, g.__annotations__)
class D:
    field: ann("class field") = ann("class value")
print(log)
def local_not_evaluated():
    v: ann("never evaluated") = 1
    return v
local_not_evaluated()
print(log)
(paren): int = 5
print("paren" in __annotations__, paren)
obj = C()
obj.attr: int = 7
print(obj.attr, "attr" in __annotations__)
lst = [0]
lst[0]: str = "item"
print(lst)
def noann(a, b):
    pass
print(noann.__annotations__)
noann.__annotations__ = {"a": int}
print(noann.__annotations__)
try:
    noann.__annotations__ = 5
except TypeError as e:
    print(type(e).__name__, e)
