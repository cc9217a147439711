/* oxpy cpyext: CPython-internal functions and tables that CPython's own
 * lib-dynload modules link against although no public header declares
 * them.  Written against the public API. */

#include <Python.h>
#include <string.h>
#include <sys/types.h>
#include <sys/stat.h>

/* The value of each byte as a digit in bases up to 36 (37: not a digit). */
unsigned char _PyLong_DigitValue[256] = {
#define X37 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37
    X37, X37, X37,
    0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 37, 37, 37, 37, 37, 37,
    37, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24,
    25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 37, 37, 37, 37, 37,
    37, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24,
    25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 37, 37, 37, 37, 37,
    X37, X37, X37, X37, X37, X37, X37, X37,
#undef X37
};

static PyObject *
hexlify(const char *data, Py_ssize_t len, int as_bytes)
{
    static const char digits[] = "0123456789abcdef";
    char *buf = PyMem_Malloc((size_t)len * 2 + 1);
    if (buf == NULL)
        return PyErr_NoMemory();
    for (Py_ssize_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)data[i];
        buf[2 * i] = digits[c >> 4];
        buf[2 * i + 1] = digits[c & 15];
    }
    PyObject *r = as_bytes ? PyBytes_FromStringAndSize(buf, len * 2)
                           : PyUnicode_FromStringAndSize(buf, len * 2);
    PyMem_Free(buf);
    return r;
}

PyObject *
_Py_strhex(const char *argbuf, const Py_ssize_t arglen)
{
    return hexlify(argbuf, arglen, 0);
}

PyObject *
_Py_strhex_bytes(const char *argbuf, const Py_ssize_t arglen)
{
    return hexlify(argbuf, arglen, 1);
}

void
_PyBytes_Repeat(char *dest, Py_ssize_t len_dest, const char *src, Py_ssize_t len_src)
{
    if (len_dest == 0)
        return;
    if (len_src == 1) {
        memset(dest, src[0], (size_t)len_dest);
        return;
    }
    if (src != dest)
        memcpy(dest, src, (size_t)len_src);
    Py_ssize_t copied = len_src;
    while (copied < len_dest) {
        Py_ssize_t n = copied <= len_dest - copied ? copied : len_dest - copied;
        memcpy(dest + copied, dest, (size_t)n);
        copied += n;
    }
}

PyObject *
_PyLong_FromUid(uid_t uid)
{
    if (uid == (uid_t)-1)
        return PyLong_FromLong(-1);
    return PyLong_FromUnsignedLong(uid);
}

PyObject *
_PyLong_FromGid(gid_t gid)
{
    if (gid == (gid_t)-1)
        return PyLong_FromLong(-1);
    return PyLong_FromUnsignedLong(gid);
}

static int
id_converter(PyObject *obj, unsigned long *out, const char *what)
{
    PyObject *index = PyNumber_Index(obj);
    if (index == NULL) {
        PyErr_Format(PyExc_TypeError, "%s should be integer, not %.200s", what, Py_TYPE(obj)->tp_name);
        return 0;
    }
    long v = PyLong_AsLong(index);
    if (v == -1 && PyErr_Occurred()) {
        PyErr_Clear();
        unsigned long u = PyLong_AsUnsignedLong(index);
        Py_DECREF(index);
        if (PyErr_Occurred() || u != (unsigned int)u) {
            PyErr_Clear();
            PyErr_Format(PyExc_OverflowError, "%s is greater than maximum", what);
            return 0;
        }
        *out = u;
        return 1;
    }
    Py_DECREF(index);
    if (v == -1) {
        *out = (unsigned long)-1;
        return 1;
    }
    if (v < 0) {
        PyErr_Format(PyExc_OverflowError, "%s is less than minimum", what);
        return 0;
    }
    if ((unsigned long)v != (unsigned int)v) {
        PyErr_Format(PyExc_OverflowError, "%s is greater than maximum", what);
        return 0;
    }
    *out = (unsigned long)v;
    return 1;
}

int
_Py_Uid_Converter(PyObject *obj, uid_t *p)
{
    unsigned long v;
    if (!id_converter(obj, &v, "uid"))
        return 0;
    *p = (uid_t)v;
    return 1;
}

int
_Py_Gid_Converter(PyObject *obj, gid_t *p)
{
    unsigned long v;
    if (!id_converter(obj, &v, "gid"))
        return 0;
    *p = (gid_t)v;
    return 1;
}

int
_Py_convert_optional_to_ssize_t(PyObject *obj, void *result)
{
    if (obj == Py_None)
        return 1;
    PyObject *index = PyNumber_Index(obj);
    if (index == NULL) {
        if (PyErr_ExceptionMatches(PyExc_TypeError)) {
            PyErr_Clear();
            PyErr_Format(PyExc_TypeError, "argument should be integer or None, not '%.200s'", Py_TYPE(obj)->tp_name);
        }
        return 0;
    }
    Py_ssize_t v = PyLong_AsSsize_t(index);
    Py_DECREF(index);
    if (v == -1 && PyErr_Occurred())
        return 0;
    *(Py_ssize_t *)result = v;
    return 1;
}

int
_Py_fstat_noraise(int fd, struct stat *status)
{
    return fstat(fd, status);
}

int
_Py_fstat(int fd, struct stat *status)
{
    if (fstat(fd, status) != 0) {
        PyErr_SetFromErrno(PyExc_OSError);
        return -1;
    }
    return 0;
}
