# The = specifier: preserves the expression text and whitespace, uses repr by default, and combines with specs.
x, name, pi = 3, "text", 3.14159
print(f"{x=}", f"{x = }", f"{x= }", f"{x =}", f"{  x  =  }")
print(f"{name=}", f"{name=!s}", f"{name=!a}", f"{name=:>8}", f"{name=!r:>10}")
print(f"{pi=:.2f}", f"{pi*2=:.1f}", f"{x+1=}", f"{x * x = }")
print(f"{[1, 2]=}", f"{ {'a': 1}=}", f"{None=}", f"{(lambda: 1)()=}")
class C:
    def __repr__(self):
        return "C-repr"
    def __str__(self):
        return "C-str"
    def __format__(self, spec):
        return f"C-format({spec})"
c = C()
print(f"{c=}", f"{c=!s}", f"{c=:spec}", f"{c}")
print(f"{x=}{name=}", f"{'lit'=}")
