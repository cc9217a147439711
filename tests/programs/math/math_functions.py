# math: values, special cases and error messages of every 3.11 function.
import math

inf, nan = math.inf, math.nan


def show(expr):
    try:
        r = eval(expr)
    except BaseException as e:
        r = f"{type(e).__name__}: {e}"
    else:
        r = repr(r)
    print(f"{expr} -> {r}")


values = [0.0, -0.0, 0.5, -0.5, 1.0, 2.0, 1e-300, 1e300, 710.0, -710.0, inf, -inf, nan, 3, -7, True]
unary = ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cbrt", "cos", "cosh", "erf", "erfc",
         "exp", "exp2", "expm1", "fabs", "log1p", "sin", "sinh", "sqrt", "tan", "tanh", "gamma",
         "lgamma", "log", "log2", "log10", "degrees", "radians", "isfinite", "isinf", "isnan",
         "ulp", "frexp", "modf", "ceil", "floor", "trunc"]
for name in unary:
    for v in values:
        show(f"math.{name}({v!r})")

binary = ["atan2", "copysign", "fmod", "remainder", "pow", "nextafter", "ldexp", "log"]
pairs = [(1.0, 2.0), (-3.5, 2.0), (0.0, -1.0), (-0.0, 0.0), (inf, 2.0), (2.0, inf), (-inf, -inf),
         (nan, 0.0), (1.0, nan), (10.0, 400.0), (5.5, 0.0), (2, 3), (-8.0, 1 / 3)]
for name in binary:
    for x, y in pairs:
        if name == "ldexp":
            y = int(y) if math.isfinite(y) else 10**30
        show(f"math.{name}({x!r}, {y!r})")

# Remainder ties go to the even multiple.
for x in [0.5, 1.5, 2.5, -2.5, 7.0, 6.0]:
    show(f"math.remainder({x}, 1.0 if {x} < 3 else 2.0)")

# Integers.
for expr in ["math.gcd()", "math.gcd(0)", "math.gcd(-12)", "math.gcd(12, 18)", "math.gcd(12, -18, 30)",
             "math.gcd(2**100, 2**70 * 3)", "math.gcd(1, 2.0)", "math.gcd(True)", "math.lcm()",
             "math.lcm(4, 6)", "math.lcm(-4, 6, 10)", "math.lcm(0, 5)", "math.lcm(2**64, 3**40)",
             "math.isqrt(0)", "math.isqrt(15)", "math.isqrt(16)", "math.isqrt(10**50)",
             "math.isqrt(2**127 - 1)", "math.isqrt(-1)", "math.isqrt(2.0)",
             "math.factorial(0)", "math.factorial(20)", "math.factorial(21)", "math.factorial(-1)",
             "math.factorial(10**30)", "math.factorial(5.0)", "math.factorial(True)",
             "len(str(math.factorial(1000)))", "math.factorial(1000) % (10**9 + 7)",
             "math.comb(10, 3)", "math.comb(10, 11)", "math.comb(100, 50)", "math.comb(-1, 2)",
             "math.comb(1, -2)", "math.comb(2**70, 2)", "math.comb(2**70, 2**70 - 1)",
             "math.comb(2**70, 2**64)", "math.comb(10**20, 10**20 + 1)", "math.comb(1)",
             "math.perm(5)", "math.perm(5, None)", "math.perm(5, 2)", "math.perm(5, 6)",
             "math.perm(-1)", "math.perm(2, -1)", "math.perm(2**70, 2)", "math.perm(2**70, 2**64)",
             "math.perm()", "math.comb(3.0, 1)"]:
    show(expr)

# Big ints through the float functions.
for expr in ["math.log(10**400)", "math.log(2**1024)", "math.log2(2**5000)", "math.log10(10**400)",
             "math.log(10**400, 10)", "math.log(-10**400)", "math.log(0)", "math.log(1, 1)",
             "math.log(8, 2)", "math.log(100, 10.0)", "math.log()", "math.log(1, 2, 3)",
             "math.sqrt(10**400)", "math.log(2**80 + 2**27 + 1)", "math.log(True)"]:
    show(expr)

# Sums and norms.
for expr in ["math.fsum([0.1] * 10)", "sum([0.1] * 10)", "math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50])",
             "math.fsum([1e-16, 1, 1e16])", "math.fsum([])", "math.fsum([1e308, 1e308])",
             "math.fsum([inf, 1.0])", "math.fsum([inf, -inf])", "math.fsum([nan, 1.0])",
             "math.fsum(iter([1, 2, 3.5]))", "math.fsum(['a'])", "math.fsum(1)",
             "math.prod([])", "math.prod(range(1, 21))", "math.prod(range(1, 30))",
             "math.prod([1.5, 2, 4])", "math.prod([2, 3], start=0.5)", "math.prod(['ab', 3])",
             "math.prod([[1], 2], start=1)", "math.prod()", "math.prod([1], 2)",
             "math.hypot()", "math.hypot(3, 4)", "math.hypot(-3.0)", "math.hypot(1, 2, 3, 4, 5)",
             "math.hypot(1e-320, 1e-320)", "math.hypot(1e308, 1e308)", "math.hypot(inf, nan)",
             "math.hypot(nan, 1)", "math.hypot(x=1)", "math.hypot('a')",
             "math.dist((0, 0), (3, 4))", "math.dist([1, 2, 3], iter([4, 5, 6]))",
             "math.dist((1,), (1, 2))", "math.dist(1, 2)", "math.dist((1e300, -1e300), (-1e300, 1e300))"]:
    show(expr)

# isclose.
for expr in ["math.isclose(1.0, 1.0 + 1e-10)", "math.isclose(1.0, 1.1)", "math.isclose(1.0, 1.1, rel_tol=0.2)",
             "math.isclose(0.0, 1e-12)", "math.isclose(0.0, 1e-12, abs_tol=1e-9)", "math.isclose(inf, inf)",
             "math.isclose(inf, -inf)", "math.isclose(nan, nan)", "math.isclose(1, 2, rel_tol=-1)",
             "math.isclose(1)", "math.isclose(1, 2, 3)", "math.isclose(a=1, b=1)", "math.isclose(1, 1, tol=1)"]:
    show(expr)


# Rounding goes through __floor__/__ceil__/__trunc__.
class R:
    def __floor__(self):
        return "floor"

    def __ceil__(self):
        return "ceil"

    def __trunc__(self):
        return "trunc"


class F:
    def __float__(self):
        return 2.5


class I:
    def __index__(self):
        return 7


class Bad:
    def __float__(self):
        return 1


for expr in ["math.floor(R())", "math.ceil(R())", "math.trunc(R())", "math.floor(F())", "math.ceil(F())",
             "math.sqrt(F())", "math.sqrt(I())", "math.trunc(F())", "math.floor('a')", "math.trunc('a')",
             "math.sin(Bad())", "math.floor(10**30)", "math.ceil(-2.5)", "math.floor(-2.5)",
             "math.trunc(-2.5)", "math.floor(1e300) == 10**300", "math.ceil(inf)", "math.floor(nan)",
             "type(math.floor(True))", "math.gcd(I(), 21)", "math.factorial(I())", "math.isqrt(I())"]:
    show(expr)

# Argument errors.
for expr in ["math.sin()", "math.sin(1, 2)", "math.sin(x=1)", "math.fmod(1)", "math.pow(1, 2, 3)",
             "math.atan2(y=1, x=2)", "math.ldexp(1.0, 2.0)", "math.ldexp(1.0, -10**30)",
             "math.ldexp(1.0, 1024)", "math.ldexp(0.75, 3)", "math.sin('x')", "math.sin(10**400)",
             "math.gcd(a=1)", "math.comb(1, 2, 3)", "math.nextafter(1)"]:
    show(expr)

print(math.pi, math.e, math.tau, math.inf, math.nan)
print(sorted(n for n in dir(math) if not n.startswith("_")))
print(math.__name__, math.__doc__)
