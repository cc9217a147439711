# LEGB name resolution, UnboundLocalError, builtins shadowing, and del of globals.
x = "global"
def read_global():
    return x
def local_shadow():
    x = "local"
    return x
def unbound():
    try:
        print(x)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    x = 1
print(read_global(), local_shadow(), x)
unbound()
def shadow_builtin():
    len = lambda s: "fake len"
    return len("abc")
print(shadow_builtin(), len("abc"))
len = lambda s: "global fake"
print(len("x"))
del len
print(len("abcd"))
import builtins
print(builtins.len("zz"), "len" in dir(builtins))
def uses_later_global():
    return later_defined
later_defined = "defined after the function"
print(uses_later_global())
def missing():
    return not_defined_anywhere
try:
    missing()
except NameError as e:
    print(type(e).__name__, e)
try:
    undefined_at_module
except NameError as e:
    print(type(e).__name__, e)
def aug_local():
    try:
        counter += 1
    except UnboundLocalError as e:
        print(type(e).__name__, e)
counter = 0
aug_local()
def conditional_local(flag):
    if flag:
        y = "set"
    try:
        return y
    except UnboundLocalError as e:
        return str(e)
print(conditional_local(True), conditional_local(False))
def del_global():
    global x
    del x
del_global()
try:
    print(x)
except NameError as e:
    print(type(e).__name__, e)
print(__name__, __builtins__.__name__ if hasattr(__builtins__, "__name__") else type(__builtins__).__name__)
