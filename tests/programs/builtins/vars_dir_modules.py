# dir()/vars() of modules and of the builtins module; getattr on modules; callable checks on builtins.
import sys
import builtins
print(sorted(n for n in dir(builtins) if n.endswith("Error"))[:8])
print(len([n for n in dir(builtins) if n.endswith("Warning")]) >= 10, "__name__" in vars(builtins), vars(builtins)["__name__"])
print(getattr(builtins, "abs")(-3), getattr(sys, "maxsize") == sys.maxsize, hasattr(sys, "not_an_attr"))
names = [n for n in dir(builtins) if not n.startswith("_")]
print(names == sorted(names), "print" in names, "True" in names, "None" in names)
print(all(callable(getattr(builtins, n)) for n in ["len", "abs", "print", "sorted", "iter", "next"]))
print(type(vars(sys)).__name__, "argv" in vars(sys), sys.__name__, sys.__doc__ is not None)
mod = type(sys)("scratch")
exec("a = 1\ndef f():\n    return a + 1", vars(mod))
print(mod.a, mod.f(), sorted(k for k in vars(mod) if not k.startswith("__")))
