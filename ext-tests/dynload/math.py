# CPython's math module (built with the internal headers: _PyRuntime, _Py_ID).
import math
print(math.pi, math.e, math.tau, math.inf, math.nan)
print(math.sqrt(2), math.exp(1.5), math.log(10), math.log(8, 2), math.log10(1000), math.log2(1024), math.log1p(1e-10))
print(math.log(2**2000), math.log(10**500, 10))
print(math.floor(2.5), math.ceil(-2.5), math.trunc(3.7), math.trunc(-3.7), math.floor(7), math.ceil(10**30))
class C:
    def __ceil__(self): return 'ceil!'
    def __floor__(self): return 'floor!'
    def __trunc__(self): return 'trunc!'
print(math.ceil(C()), math.floor(C()), math.trunc(C()))
print(math.gcd(12, 18), math.gcd(0, 0), math.gcd(2**100, 2**60 * 3), math.lcm(4, 6, 10))
print(math.factorial(20), math.factorial(30), math.isqrt(10**20), math.comb(50, 20), math.perm(10, 3))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]), math.prod([]))
print(math.dist((0, 0), (3, 4)), math.hypot(3, 4, 12), math.copysign(1, -0.0), math.fabs(-3))
print(math.frexp(8.0), math.ldexp(0.5, 4), math.modf(3.25), math.fmod(7, 3), math.remainder(7, 4))
print(math.isfinite(1.0), math.isinf(math.inf), math.isnan(math.nan), math.isclose(1.0, 1.0 + 1e-10))
print(math.sin(1), math.cos(1), math.tan(1), math.atan2(1, 2), math.degrees(math.pi), math.radians(180))
print(math.erf(0.5), math.gamma(5.5), math.lgamma(10.5), math.nextafter(1.0, 2.0), math.ulp(1.0))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1), lambda: math.exp(1000), lambda: math.floor("x"), lambda: math.gcd(1.5)]:
    try:
        bad()
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
