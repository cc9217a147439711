# The class body as a namespace: executed top to bottom, __qualname__, __module__, nested classes, conditional defs.
print("before class")
class C:
    print("executing class body")
    x = 1
    y = x + 1
    if y > 1:
        def cond(self):
            return "defined conditionally"
    else:
        def other(self):
            pass
    for i in range(3):
        locals()["gen_" + str(i)] = i
    del i
    class Nested:
        z = 3
    nested_name = Nested.__qualname__
    print("body done, names:", sorted(k for k in locals() if not k.startswith("__")))
print("after class")
print(C.y, C().cond(), hasattr(C, "other"), C.gen_2, C.nested_name, C.Nested.__qualname__, C.__qualname__, C.__module__)
def factory():
    class Local:
        pass
    return Local
L = factory()
print(L.__qualname__, L.__name__)
class Shadow:
    len = len
    def use(self):
        return self.len([1, 2])
print(Shadow().use())
class Counter:
    value = 0
    value += 5
    items = [i * 2 for i in range(3)]
    try:
        broken = [value * i for i in range(3)]
    except NameError as e:
        broken = str(e)
print(Counter.value, Counter.items, Counter.broken)
class WithReturn:
    def m(self):
        return __class__
print(WithReturn().m() is WithReturn)
class Redefined:
    def m(self):
        return 1
    def m(self):
        return 2
print(Redefined().m())
type_made = type("Dyn", (object,), {"a": 1, "hello": lambda self: "hi"})
print(type_made.__name__, type_made().hello(), type_made.a, type_made.__qualname__, type_made.__module__)
