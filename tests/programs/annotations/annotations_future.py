# from __future__ import annotations: annotations become strings.
from __future__ import annotations
def f(a: int, b: list[Undefined]) -> dict[str, int]:
    return {}
print(f.__annotations__)
class C:
    x: C
    y: "already string"
    z: 1 + 2
print(C.__annotations__)
v: some.dotted.name[int] = 1
print(__annotations__)
def g(*args: tuple[int, ...], **kw: int | None) -> lambda: 0 if False else None:
    pass
print(g.__annotations__)
