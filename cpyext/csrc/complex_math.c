/* oxpy cpyext: the _Py_c_* arithmetic on Py_complex values (complexobject.h):
 * sum, difference, negation, product, quotient (Smith's method, EDOM for a
 * zero divisor), power (EDOM for 0 to a negative or complex power) and
 * absolute value (ERANGE on overflow). */

#include <Python.h>
#include <errno.h>
#include <math.h>

Py_complex
_Py_c_sum(Py_complex a, Py_complex b)
{
    Py_complex r = {a.real + b.real, a.imag + b.imag};
    return r;
}

Py_complex
_Py_c_diff(Py_complex a, Py_complex b)
{
    Py_complex r = {a.real - b.real, a.imag - b.imag};
    return r;
}

Py_complex
_Py_c_neg(Py_complex a)
{
    Py_complex r = {-a.real, -a.imag};
    return r;
}

Py_complex
_Py_c_prod(Py_complex a, Py_complex b)
{
    Py_complex r = {a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real};
    return r;
}

Py_complex
_Py_c_quot(Py_complex a, Py_complex b)
{
    Py_complex r;
    double br = fabs(b.real), bi = fabs(b.imag);
    if (br >= bi) {
        if (br == 0.0) {
            errno = EDOM;
            r.real = r.imag = 0.0;
        }
        else {
            double ratio = b.imag / b.real, denom = b.real + b.imag * ratio;
            r.real = (a.real + a.imag * ratio) / denom;
            r.imag = (a.imag - a.real * ratio) / denom;
        }
    }
    else if (bi >= br) {
        double ratio = b.real / b.imag, denom = b.real * ratio + b.imag;
        r.real = (a.real * ratio + a.imag) / denom;
        r.imag = (a.imag * ratio - a.real) / denom;
    }
    else {
        r.real = r.imag = NAN;
    }
    return r;
}

Py_complex
_Py_c_pow(Py_complex a, Py_complex b)
{
    Py_complex r;
    if (b.real == 0.0 && b.imag == 0.0) {
        r.real = 1.0;
        r.imag = 0.0;
    }
    else if (a.real == 0.0 && a.imag == 0.0) {
        if (b.imag != 0.0 || b.real < 0.0)
            errno = EDOM;
        r.real = r.imag = 0.0;
    }
    else {
        double vabs = hypot(a.real, a.imag), len = pow(vabs, b.real), at = atan2(a.imag, a.real);
        double phase = at * b.real;
        if (b.imag != 0.0) {
            len /= exp(at * b.imag);
            phase += b.imag * log(vabs);
        }
        r.real = len * cos(phase);
        r.imag = len * sin(phase);
    }
    return r;
}

double
_Py_c_abs(Py_complex z)
{
    if (!isfinite(z.real) || !isfinite(z.imag)) {
        /* an infinite part wins over a NaN one */
        if (isinf(z.real))
            return fabs(z.real);
        if (isinf(z.imag))
            return fabs(z.imag);
        return NAN;
    }
    double r = hypot(z.real, z.imag);
    if (!isfinite(r))
        errno = ERANGE;
    else
        errno = 0;
    return r;
}
