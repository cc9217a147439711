"""Float arithmetic workload without the math module: Mandelbrot escape
counts over a grid, Taylor-series sin/exp, Newton square roots and
Simpson integration. Stresses float ops, comparisons, while loops and
float/int conversion.

usage: float_math.py [GRID]
"""
import sys


def mandelbrot(size, max_iter):
    total = 0
    inside = 0
    for py in range(size):
        ci = -1.25 + 2.5 * py / size
        for px in range(size):
            cr = -2.0 + 2.6 * px / size
            zr = zi = 0.0
            it = 0
            while it < max_iter:
                zr2 = zr * zr
                zi2 = zi * zi
                if zr2 + zi2 > 4.0:
                    break
                zi = 2.0 * zr * zi + ci
                zr = zr2 - zi2 + cr
                it += 1
            total += it
            if it == max_iter:
                inside += 1
    return total, inside


def sin_taylor(x):
    # reduce to [-pi, pi], then sum the series
    two_pi = 6.283185307179586
    x = x - two_pi * int(x / two_pi)
    term = x
    s = x
    x2 = x * x
    k = 1
    while abs(term) > 1e-16:
        term = -term * x2 / ((2 * k) * (2 * k + 1))
        s += term
        k += 1
    return s


def exp_taylor(x):
    term = 1.0
    s = 1.0
    k = 1
    while abs(term) > 1e-17 * abs(s):
        term *= x / k
        s += term
        k += 1
    return s


def newton_sqrt(v):
    if v == 0.0:
        return 0.0
    g = v if v > 1.0 else 1.0
    for _ in range(60):
        ng = 0.5 * (g + v / g)
        if ng == g:
            break
        g = ng
    return g


def simpson(f, a, b, n):
    h = (b - a) / n
    s = f(a) + f(b)
    for i in range(1, n):
        x = a + i * h
        s += (4.0 if i % 2 else 2.0) * f(x)
    return s * h / 3.0


def main():
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 600
    total, inside = mandelbrot(size, 60)
    steps = size * 100
    i1 = simpson(sin_taylor, 0.0, 3.141592653589793, steps)
    i2 = simpson(lambda x: exp_taylor(-x * x), -3.0, 3.0, steps)
    i3 = simpson(newton_sqrt, 0.0, 9.0, steps)
    print("mandelbrot %d %d  integrals %.12f %.12f %.12f" % (total, inside, i1, i2, i3))
    print("checksum %d %d %.9f %.9f %.9f" % (total, inside, i1, i2, i3))


if __name__ == "__main__":
    main()
