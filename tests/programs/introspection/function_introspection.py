# Function attributes: __code__ swapping, __globals__, __builtins__, __type_params__-free 3.11 set, signatures via code.
def add(a, b):
    return a + b
def mul(a, b):
    return a * b
print(add(3, 4))
add.__code__ = mul.__code__
print(add(3, 4), add.__name__)
try:
    add.__code__ = (lambda: 0).__code__
    add(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
FunctionType = type(mul)
g = {"k": 10}
new_fn = FunctionType(compile("k * 2", "<f>", "eval"), g)
print(new_fn())
def uses_global():
    return k
clone = FunctionType(uses_global.__code__, {"k": "clone globals"}, "clone")
print(clone(), clone.__name__, uses_global.__name__)
try:
    uses_global()
except NameError as e:
    print(type(e).__name__, e)
def defaults(a, b=2, *, c=3):
    return a, b, c
copied = FunctionType(defaults.__code__, globals(), "copied", (20,))
print(copied(1, c=30), copied.__defaults__, copied.__kwdefaults__)
def describe(fn):
    co = fn.__code__
    names = co.co_varnames[:co.co_argcount + co.co_kwonlyargcount]
    return fn.__name__, names, fn.__defaults__, fn.__kwdefaults__
print(describe(defaults), describe(lambda x, *, y=1: 0))
print(sorted(k for k in dir(defaults) if not k.startswith("__")), "__wrapped__" in dir(defaults))
print(defaults.__dict__, type(defaults.__globals__).__name__, defaults.__module__)
print(type(defaults.__get__).__name__, defaults.__get__(None, int) is defaults)
