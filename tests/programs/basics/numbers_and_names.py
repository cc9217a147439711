# Identifiers, soft keywords used as names, unicode identifiers, and name normalization (NFKC).
match = 1
case = 2
_ = 3
type_ = 4
print(match, case, _, type_)
café = "unicode identifier"
π = 3.14
print(café, π, "café" in dir())
ﬁle = "NFKC normalized to file"
print(file)
ℌ = "H"
print(H)
_private, __dunder__, trailing_ = 1, 2, 3
print(_private, __dunder__, trailing_)
for src in ["class = 1", "def = 2", "None = 3", "True = 4", "x.None = 5", "print(async=1)", "lambda = 1", "nonlocal = 1"]:
    try:
        compile(src, "<k>", "exec")
        print("compiled", src)
    except SyntaxError as e:
        print(type(e).__name__, repr(src), e.msg)
print(__debug__, type(__builtins__).__name__ in ("module", "dict"), __name__, __doc__)
var1 = var_2 = VAR3 = 0
print(var1, var_2, VAR3, "var1".isidentifier(), "1var".isidentifier(), "π".isidentifier(), "a-b".isidentifier())
