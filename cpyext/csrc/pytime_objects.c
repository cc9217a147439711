/* oxpy cpyext: the _PyTime_* conversions between Python objects and C time
 * values (time_t, timeval/timespec parts, nanosecond ints), broken-down
 * time, and the clocks with their descriptions, as CPython 3.11's
 * Python/pytime.c offers them to extension modules (_datetime, select,
 * _socket, time-like modules). */

#include <Python.h>
#include <errno.h>
#include <math.h>
#include <time.h>

#define NS_PER_SEC 1000000000LL

static void
time_t_overflow(void)
{
    PyErr_SetString(PyExc_OverflowError, "timestamp out of range for platform time_t");
}

/* Defined in pytime.c. */
double oxpy_time_round(double x, _PyTime_round_t mode);

/* Whether the (integral) double d fits in time_t. */
static int
fits_time_t(double d)
{
    return d >= -9223372036854775808.0 && d < 9223372036854775808.0;
}

time_t
_PyLong_AsTime_t(PyObject *obj)
{
    long long v = PyLong_AsLongLong(obj);
    if (v == -1 && PyErr_Occurred()) {
        if (PyErr_ExceptionMatches(PyExc_OverflowError))
            time_t_overflow();
        return (time_t)-1;
    }
    return (time_t)v;
}

PyObject *
_PyLong_FromTime_t(time_t t)
{
    return PyLong_FromLongLong((long long)t);
}

int
_PyTime_ObjectToTime_t(PyObject *obj, time_t *sec, _PyTime_round_t round)
{
    if (PyFloat_Check(obj)) {
        double d = PyFloat_AsDouble(obj);
        if (isnan(d)) {
            PyErr_SetString(PyExc_ValueError, "Invalid value NaN (not a number)");
            return -1;
        }
        d = oxpy_time_round(d, round);
        if (!fits_time_t(d)) {
            time_t_overflow();
            return -1;
        }
        *sec = (time_t)d;
        return 0;
    }
    *sec = _PyLong_AsTime_t(obj);
    if (*sec == (time_t)-1 && PyErr_Occurred())
        return -1;
    return 0;
}

/* obj as whole seconds plus a fraction counted in 1/denominator. */
static int
to_fraction(PyObject *obj, time_t *sec, long *part, long denominator,
            _PyTime_round_t round)
{
    if (PyFloat_Check(obj)) {
        double d = PyFloat_AsDouble(obj);
        if (isnan(d)) {
            *part = 0;
            PyErr_SetString(PyExc_ValueError, "Invalid value NaN (not a number)");
            return -1;
        }
        double whole;
        double frac = oxpy_time_round(modf(d, &whole) * (double)denominator, round);
        if (frac >= (double)denominator) {
            frac -= (double)denominator;
            whole += 1.0;
        }
        else if (frac < 0) {
            frac += (double)denominator;
            whole -= 1.0;
        }
        if (!fits_time_t(whole)) {
            time_t_overflow();
            return -1;
        }
        *sec = (time_t)whole;
        *part = (long)frac;
        return 0;
    }
    *part = 0;
    *sec = _PyLong_AsTime_t(obj);
    if (*sec == (time_t)-1 && PyErr_Occurred())
        return -1;
    return 0;
}

int
_PyTime_ObjectToTimeval(PyObject *obj, time_t *sec, long *usec, _PyTime_round_t round)
{
    return to_fraction(obj, sec, usec, 1000000, round);
}

int
_PyTime_ObjectToTimespec(PyObject *obj, time_t *sec, long *nsec, _PyTime_round_t round)
{
    return to_fraction(obj, sec, nsec, 1000000000, round);
}

PyObject *
_PyTime_AsNanosecondsObject(_PyTime_t t)
{
    return PyLong_FromLongLong((long long)t);
}

int
_PyTime_FromNanosecondsObject(_PyTime_t *tp, PyObject *obj)
{
    if (!PyLong_Check(obj)) {
        PyErr_Format(PyExc_TypeError, "expect int, got %s", Py_TYPE(obj)->tp_name);
        return -1;
    }
    long long v = PyLong_AsLongLong(obj);
    if (v == -1 && PyErr_Occurred()) {
        if (PyErr_ExceptionMatches(PyExc_OverflowError))
            PyErr_SetString(PyExc_OverflowError,
                            "timestamp too large to convert to C _PyTime_t");
        return -1;
    }
    *tp = (_PyTime_t)v;
    return 0;
}

_PyTime_t
_PyTime_Add(_PyTime_t t1, _PyTime_t t2)
{
    _PyTime_t r;
    if (__builtin_add_overflow(t1, t2, &r))
        return t2 > 0 ? INT64_MAX : INT64_MIN;
    return r;
}

_PyTime_t
_PyTime_MulDiv(_PyTime_t ticks, _PyTime_t mul, _PyTime_t div)
{
    _PyTime_t whole = ticks / div;
    _PyTime_t rest = (ticks % div) * mul / div;
    return whole * mul + rest;
}

int
_PyTime_AsTimevalTime_t(_PyTime_t t, time_t *p_secs, int *us, _PyTime_round_t round)
{
    struct timeval tv;
    if (_PyTime_AsTimeval(t, &tv, round) < 0)
        return -1;
    *p_secs = tv.tv_sec;
    *us = (int)tv.tv_usec;
    return 0;
}

/* Shared by the two broken-down time conversions: a NULL from the libc call
   becomes OSError (EINVAL when libc left errno unset). */
static int
broken_down_time(struct tm *(*convert)(const time_t *, struct tm *),
                 time_t t, struct tm *tm)
{
    errno = 0;
    if (convert(&t, tm) == NULL) {
        if (errno == 0)
            errno = EINVAL;
        PyErr_SetFromErrno(PyExc_OSError);
        return -1;
    }
    return 0;
}

int
_PyTime_gmtime(time_t t, struct tm *tm)
{
    return broken_down_time(gmtime_r, t, tm);
}

int
_PyTime_localtime(time_t t, struct tm *tm)
{
    return broken_down_time(localtime_r, t, tm);
}

/* The time of clock `id`, and its description if info is not NULL. */
static int
clock_with_info(clockid_t id, const char *implementation, int monotonic,
                _PyTime_t *t, _Py_clock_info_t *info)
{
    struct timespec ts;
    if (clock_gettime(id, &ts) != 0) {
        PyErr_SetFromErrno(PyExc_OSError);
        return -1;
    }
    *t = (_PyTime_t)ts.tv_sec * NS_PER_SEC + ts.tv_nsec;
    if (info) {
        struct timespec res;
        info->implementation = implementation;
        info->monotonic = monotonic;
        info->adjustable = !monotonic;
        if (clock_getres(id, &res) != 0) {
            PyErr_SetFromErrno(PyExc_OSError);
            return -1;
        }
        info->resolution = (double)res.tv_sec + (double)res.tv_nsec * 1e-9;
    }
    return 0;
}

int
_PyTime_GetSystemClockWithInfo(_PyTime_t *t, _Py_clock_info_t *info)
{
    return clock_with_info(CLOCK_REALTIME, "clock_gettime(CLOCK_REALTIME)", 0, t, info);
}

int
_PyTime_GetMonotonicClockWithInfo(_PyTime_t *t, _Py_clock_info_t *info)
{
    return clock_with_info(CLOCK_MONOTONIC, "clock_gettime(CLOCK_MONOTONIC)", 1, t, info);
}

int
_PyTime_GetPerfCounterWithInfo(_PyTime_t *t, _Py_clock_info_t *info)
{
    return _PyTime_GetMonotonicClockWithInfo(t, info);
}
