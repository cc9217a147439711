# Modifying __annotations__ dicts and annotations in exec'd class bodies and comprehensions.
__annotations__["added"] = "manually"
late: float
print(__annotations__)
class K:
    pass
K.__annotations__ = {"set": "directly"}
print(K.__annotations__)
del K.__annotations__
print(K.__annotations__)
class L:
    x: int
L.__annotations__["y"] = str
print(L.__annotations__)
def fn(a: int):
    pass
fn.__annotations__["b"] = "added"
print(fn.__annotations__)
del fn.__annotations__
print(fn.__annotations__)
mod_ns = {}
exec("class E:\n    q: int = 1\n", mod_ns)
print(mod_ns["E"].__annotations__, "__annotations__" in mod_ns)
for i in range(2):
    loop_ann: int = i
print(loop_ann, __annotations__.get("loop_ann"))
