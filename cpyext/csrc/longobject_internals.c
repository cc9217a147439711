/* CPython-internal int and float helpers that lib-dynload modules (math,
 * _decimal, _pickle) link against, written over the public API, and the
 * special float values of CPython's dtoa. */
#include "Python.h"
#include <float.h>
#include <math.h>

PyObject *
_PyLong_Lshift(PyObject *a, size_t shiftby)
{
    PyObject *n = PyLong_FromSize_t(shiftby);
    if (n == NULL)
        return NULL;
    PyObject *r = PyNumber_Lshift(a, n);
    Py_DECREF(n);
    return r;
}

PyObject *
_PyLong_Rshift(PyObject *a, size_t shiftby)
{
    PyObject *n = PyLong_FromSize_t(shiftby);
    if (n == NULL)
        return NULL;
    PyObject *r = PyNumber_Rshift(a, n);
    Py_DECREF(n);
    return r;
}

/* gcd(|a|, |b|) by Euclid's algorithm. */
PyObject *
_PyLong_GCD(PyObject *a, PyObject *b)
{
    a = PyNumber_Absolute(a);
    if (a == NULL)
        return NULL;
    b = PyNumber_Absolute(b);
    if (b == NULL) {
        Py_DECREF(a);
        return NULL;
    }
    for (;;) {
        int zero = PyObject_Not(b);
        if (zero < 0)
            goto fail;
        if (zero) {
            Py_DECREF(b);
            return a;
        }
        PyObject *r = PyNumber_Remainder(a, b);
        if (r == NULL)
            goto fail;
        Py_DECREF(a);
        a = b;
        b = r;
    }
fail:
    Py_DECREF(a);
    Py_DECREF(b);
    return NULL;
}

/* x, e with |a| == x * 2**e rounded to 53 bits, 0.5 <= |x| < 1. */
double
_PyLong_Frexp(PyLongObject *a, Py_ssize_t *e)
{
    PyObject *v = (PyObject *)a;
    int sign = _PyLong_Sign(v);
    if (sign == 0) {
        *e = 0;
        return 0.0;
    }
    PyObject *m = PyNumber_Absolute(v);
    if (m == NULL)
        goto error;
    size_t nbits = _PyLong_NumBits(m);
    Py_ssize_t shift = 0;
    if (nbits > DBL_MANT_DIG + 2) {
        /* Keep 55 bits and a sticky bit for the ones shifted out, so that
         * converting to double rounds as the exact value would. */
        shift = (Py_ssize_t)nbits - (DBL_MANT_DIG + 2);
        PyObject *q = _PyLong_Rshift(m, (size_t)shift);
        PyObject *back = q ? _PyLong_Lshift(q, (size_t)shift) : NULL;
        int exact = back ? PyObject_RichCompareBool(back, m, Py_EQ) : -1;
        Py_XDECREF(back);
        Py_DECREF(m);
        if (exact < 0) {
            Py_XDECREF(q);
            goto error;
        }
        m = q;
        if (!exact) {
            PyObject *one = PyLong_FromLong(1);
            PyObject *q2 = one ? PyNumber_Or(m, one) : NULL;
            Py_XDECREF(one);
            Py_DECREF(m);
            if (q2 == NULL)
                goto error;
            m = q2;
        }
    }
    double x = PyLong_AsDouble(m);
    Py_DECREF(m);
    if (x == -1.0 && PyErr_Occurred())
        goto error;
    int ex;
    x = frexp(x, &ex);
    *e = ex + shift;
    return sign < 0 ? -x : x;
error:
    *e = -1;
    return -1.0;
}

double
_Py_dg_stdnan(int sign)
{
    return sign ? -NAN : NAN;
}

double
_Py_dg_infinity(int sign)
{
    return sign ? -INFINITY : INFINITY;
}
