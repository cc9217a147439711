# Builtins that are present but not meant to be used here: just check presence and simple behavior.
import builtins
names = ["abs", "aiter", "all", "anext", "any", "ascii", "bin", "bool", "breakpoint", "bytearray", "bytes", "callable",
         "chr", "classmethod", "compile", "complex", "delattr", "dict", "dir", "divmod", "enumerate", "eval", "exec",
         "filter", "float", "format", "frozenset", "getattr", "globals", "hasattr", "hash", "help", "hex", "id", "input",
         "int", "isinstance", "issubclass", "iter", "len", "list", "locals", "map", "max", "memoryview", "min", "next",
         "object", "oct", "open", "ord", "pow", "print", "property", "range", "repr", "reversed", "round", "set",
         "setattr", "slice", "sorted", "staticmethod", "str", "sum", "super", "tuple", "type", "vars", "zip",
         "__import__", "__build_class__", "copyright", "credits", "license", "exit", "quit"]
missing = [n for n in names if not hasattr(builtins, n)]
print("missing:", missing)
print(len([n for n in names if callable(getattr(builtins, n, None))]))
print(True, False, None, ..., NotImplemented, __debug__)
print(type(...).__name__, Ellipsis is ..., repr(Ellipsis), str(...), bool(...), ... == ...)
print(type(NotImplemented).__name__, repr(NotImplemented), NotImplemented is NotImplemented)
print(type(None)(), type(...)() is ..., type(NotImplemented)() is NotImplemented)
try:
    type(None)(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    None.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(None.__bool__(), None.__repr__(), None.__class__.__name__, None.__eq__(None), None.__hash__() == hash(None))
