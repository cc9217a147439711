x: int = 5
y: "str"
def f(a: int, b: str = "s", *args: float, c: bool, **kw: dict) -> list:
    return [a, b]
print(__annotations__, f.__annotations__)
class C:
    count: int = 0
    name: str
    def m(self) -> None:
        v: int = 3
        return v
print(C.__annotations__, C.count, hasattr(C, "name"), C().m())
