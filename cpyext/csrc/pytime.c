/* oxpy cpyext: the _PyTime_* helpers (time as int64 nanoseconds) and the
 * file-descriptor helpers lib-dynload modules use (_Py_dup,
 * _Py_set_inheritable). */

#include <Python.h>
#include <math.h>
#include <time.h>
#include <fcntl.h>
#include <unistd.h>
#include <errno.h>
#include <sys/time.h>

#define NS_PER_SEC 1000000000LL

/* x rounded to an integral value as `mode` asks; pytime_objects.c shares it. */
__attribute__((visibility("hidden"))) double
oxpy_time_round(double x, _PyTime_round_t mode)
{
    switch (mode) {
    case _PyTime_ROUND_FLOOR:
        return floor(x);
    case _PyTime_ROUND_CEILING:
        return ceil(x);
    case _PyTime_ROUND_HALF_EVEN: {
        double r = round(x);
        if (fabs(x - trunc(x)) == 0.5)
            r = 2.0 * round(x / 2.0);
        return r;
    }
    default:
        return x >= 0 ? ceil(x) : floor(x);
    }
}

/* a / b rounded as asked (b > 0). */
static _PyTime_t
divide(_PyTime_t a, _PyTime_t b, _PyTime_round_t round)
{
    _PyTime_t q = a / b, r = a % b;
    if (r == 0)
        return q;
    if (r < 0) {
        r += b;
        q -= 1;
    }
    switch (round) {
    case _PyTime_ROUND_FLOOR:
        return q;
    case _PyTime_ROUND_CEILING:
        return q + 1;
    case _PyTime_ROUND_HALF_EVEN:
        if (2 * r > b || (2 * r == b && (q & 1)))
            return q + 1;
        return q;
    default:
        return a >= 0 ? q + 1 : q;
    }
}

static int
from_object(_PyTime_t *t, PyObject *obj, _PyTime_round_t round, long long unit)
{
    if (PyFloat_Check(obj)) {
        double d = PyFloat_AsDouble(obj);
        if (isnan(d)) {
            PyErr_SetString(PyExc_ValueError, "Invalid value NaN (not a number)");
            return -1;
        }
        d = oxpy_time_round(d * (double)unit, round);
        if (!(d >= -9.2e18 && d <= 9.2e18)) {
            PyErr_SetString(PyExc_OverflowError, "timestamp too large to convert to C _PyTime_t");
            return -1;
        }
        *t = (_PyTime_t)d;
        return 0;
    }
    long long v = PyLong_AsLongLong(obj);
    if (v == -1 && PyErr_Occurred()) {
        if (PyErr_ExceptionMatches(PyExc_OverflowError)) {
            PyErr_SetString(PyExc_OverflowError, "timestamp too large to convert to C _PyTime_t");
        }
        return -1;
    }
    if (v > INT64_MAX / unit || v < INT64_MIN / unit) {
        PyErr_SetString(PyExc_OverflowError, "timestamp too large to convert to C _PyTime_t");
        return -1;
    }
    *t = v * unit;
    return 0;
}

_PyTime_t
_PyTime_FromSeconds(int seconds)
{
    return (_PyTime_t)seconds * NS_PER_SEC;
}

_PyTime_t
_PyTime_FromNanoseconds(_PyTime_t ns)
{
    return ns;
}

int
_PyTime_FromSecondsObject(_PyTime_t *t, PyObject *obj, _PyTime_round_t round)
{
    return from_object(t, obj, round, NS_PER_SEC);
}

int
_PyTime_FromMillisecondsObject(_PyTime_t *t, PyObject *obj, _PyTime_round_t round)
{
    return from_object(t, obj, round, 1000 * 1000);
}

double
_PyTime_AsSecondsDouble(_PyTime_t t)
{
    return (double)t / 1e9;
}

_PyTime_t
_PyTime_AsMilliseconds(_PyTime_t t, _PyTime_round_t round)
{
    return divide(t, 1000 * 1000, round);
}

_PyTime_t
_PyTime_AsMicroseconds(_PyTime_t t, _PyTime_round_t round)
{
    return divide(t, 1000, round);
}

_PyTime_t
_PyTime_AsNanoseconds(_PyTime_t t)
{
    return t;
}

int
_PyTime_AsTimeval(_PyTime_t t, struct timeval *tv, _PyTime_round_t round)
{
    _PyTime_t us = divide(t, 1000, round);
    tv->tv_sec = (time_t)(us / 1000000);
    tv->tv_usec = (suseconds_t)(us % 1000000);
    if (tv->tv_usec < 0) {
        tv->tv_usec += 1000000;
        tv->tv_sec -= 1;
    }
    return 0;
}

void
_PyTime_AsTimeval_clamp(_PyTime_t t, struct timeval *tv, _PyTime_round_t round)
{
    _PyTime_AsTimeval(t, tv, round);
}

int
_PyTime_FromTimeval(_PyTime_t *tp, struct timeval *tv)
{
    *tp = (_PyTime_t)tv->tv_sec * NS_PER_SEC + (_PyTime_t)tv->tv_usec * 1000;
    return 0;
}

int
_PyTime_AsTimespec(_PyTime_t t, struct timespec *ts)
{
    ts->tv_sec = (time_t)(t / NS_PER_SEC);
    ts->tv_nsec = (long)(t % NS_PER_SEC);
    if (ts->tv_nsec < 0) {
        ts->tv_nsec += NS_PER_SEC;
        ts->tv_sec -= 1;
    }
    return 0;
}

void
_PyTime_AsTimespec_clamp(_PyTime_t t, struct timespec *ts)
{
    _PyTime_AsTimespec(t, ts);
}

int
_PyTime_FromTimespec(_PyTime_t *tp, struct timespec *ts)
{
    *tp = (_PyTime_t)ts->tv_sec * NS_PER_SEC + ts->tv_nsec;
    return 0;
}

static _PyTime_t
clock_ns(clockid_t id)
{
    struct timespec ts;
    clock_gettime(id, &ts);
    return (_PyTime_t)ts.tv_sec * NS_PER_SEC + ts.tv_nsec;
}

_PyTime_t
_PyTime_GetSystemClock(void)
{
    return clock_ns(CLOCK_REALTIME);
}

_PyTime_t
_PyTime_GetMonotonicClock(void)
{
    return clock_ns(CLOCK_MONOTONIC);
}

_PyTime_t
_PyTime_GetPerfCounter(void)
{
    return clock_ns(CLOCK_MONOTONIC);
}

/* Internal in CPython 3.11 (pycore_time.h): an absolute monotonic deadline. */
_PyTime_t
_PyDeadline_Init(_PyTime_t timeout)
{
    return _PyTime_GetMonotonicClock() + timeout;
}

_PyTime_t
_PyDeadline_Get(_PyTime_t deadline)
{
    return deadline - _PyTime_GetMonotonicClock();
}

int
_Py_set_inheritable(int fd, int inheritable, int *atomic_flag_works)
{
    (void)atomic_flag_works;
    int flags = fcntl(fd, F_GETFD);
    if (flags < 0) {
        PyErr_SetFromErrno(PyExc_OSError);
        return -1;
    }
    int wanted = inheritable ? flags & ~FD_CLOEXEC : flags | FD_CLOEXEC;
    if (wanted != flags && fcntl(fd, F_SETFD, wanted) < 0) {
        PyErr_SetFromErrno(PyExc_OSError);
        return -1;
    }
    return 0;
}

int
_Py_set_inheritable_async_safe(int fd, int inheritable, int *atomic_flag_works)
{
    (void)atomic_flag_works;
    int flags = fcntl(fd, F_GETFD);
    if (flags < 0)
        return -1;
    return fcntl(fd, F_SETFD, inheritable ? flags & ~FD_CLOEXEC : flags | FD_CLOEXEC) < 0 ? -1 : 0;
}

int
_Py_get_inheritable(int fd)
{
    int flags = fcntl(fd, F_GETFD);
    if (flags < 0) {
        PyErr_SetFromErrno(PyExc_OSError);
        return -1;
    }
    return !(flags & FD_CLOEXEC);
}

int
_Py_dup(int fd)
{
    int r = fcntl(fd, F_DUPFD_CLOEXEC, 0);
    if (r < 0) {
        PyErr_SetFromErrno(PyExc_OSError);
        return -1;
    }
    return r;
}
