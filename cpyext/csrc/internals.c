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

static PyObject *
hexlify_sep(const char *data, Py_ssize_t len, PyObject *sep, int group, int as_bytes)
{
    if (sep == NULL || sep == Py_None || group == 0)
        return hexlify(data, len, as_bytes);
    char sepc;
    if (PyUnicode_Check(sep)) {
        if (PyUnicode_GetLength(sep) != 1) {
            PyErr_SetString(PyExc_ValueError, "sep must be length 1.");
            return NULL;
        }
        Py_UCS4 c = PyUnicode_ReadChar(sep, 0);
        if (c > 127) {
            PyErr_SetString(PyExc_ValueError, "sep must be ASCII.");
            return NULL;
        }
        sepc = (char)c;
    }
    else if (PyBytes_Check(sep)) {
        if (PyBytes_Size(sep) != 1) {
            PyErr_SetString(PyExc_ValueError, "sep must be length 1.");
            return NULL;
        }
        sepc = PyBytes_AsString(sep)[0];
    }
    else {
        PyErr_SetString(PyExc_TypeError, "sep must be str or bytes.");
        return NULL;
    }
    static const char digits[] = "0123456789abcdef";
    Py_ssize_t per = group < 0 ? -group : group;
    Py_ssize_t nsep = len > 0 ? (len - 1) / per : 0;
    char *buf = PyMem_Malloc((size_t)(len * 2 + nsep + 1));
    if (buf == NULL)
        return PyErr_NoMemory();
    Py_ssize_t j = 0;
    for (Py_ssize_t i = 0; i < len; i++) {
        /* Positive groups are counted from the right end, negative from the left. */
        Py_ssize_t pos = group > 0 ? len - i : i;
        if (i > 0 && (group > 0 ? pos % per == 0 : pos % per == 0))
            buf[j++] = sepc;
        unsigned char c = (unsigned char)data[i];
        buf[j++] = digits[c >> 4];
        buf[j++] = digits[c & 15];
    }
    PyObject *r = as_bytes ? PyBytes_FromStringAndSize(buf, j) : PyUnicode_FromStringAndSize(buf, j);
    PyMem_Free(buf);
    return r;
}

PyObject *
_Py_strhex_with_sep(const char *argbuf, const Py_ssize_t arglen, PyObject *sep, const int bytes_per_group)
{
    return hexlify_sep(argbuf, arglen, sep, bytes_per_group, 0);
}

PyObject *
_Py_strhex_bytes_with_sep(const char *argbuf, const Py_ssize_t arglen, PyObject *sep, const int bytes_per_group)
{
    return hexlify_sep(argbuf, arglen, sep, bytes_per_group, 1);
}

Py_ssize_t
_PyBytes_Find(const char *haystack, Py_ssize_t len_haystack, const char *needle, Py_ssize_t len_needle, Py_ssize_t offset)
{
    if (len_needle == 0)
        return offset;
    for (Py_ssize_t i = 0; i + len_needle <= len_haystack; i++) {
        if (memcmp(haystack + i, needle, (size_t)len_needle) == 0)
            return offset + i;
    }
    return -1;
}

Py_ssize_t
_PyBytes_ReverseFind(const char *haystack, Py_ssize_t len_haystack, const char *needle, Py_ssize_t len_needle, Py_ssize_t offset)
{
    if (len_needle == 0)
        return offset + len_haystack;
    for (Py_ssize_t i = len_haystack - len_needle; i >= 0; i--) {
        if (memcmp(haystack + i, needle, (size_t)len_needle) == 0)
            return offset + i;
    }
    return -1;
}

/* _PyBytesWriter (declared in cpython/bytesobject.h with CPython's layout):
 * `buffer` holds a PyMem block once the output outgrows the small buffer. */

static char *
writer_start(_PyBytesWriter *w)
{
    return w->use_small_buffer ? w->small_buffer : (char *)w->buffer;
}

void
_PyBytesWriter_Init(_PyBytesWriter *w)
{
        w->buffer = NULL;
    w->allocated = 0;
    w->min_size = 0;
    w->use_bytearray = 0;
    w->overallocate = 0;
    w->use_small_buffer = 0;
}

void
_PyBytesWriter_Dealloc(_PyBytesWriter *w)
{
        if (!w->use_small_buffer)
        PyMem_Free(w->buffer);
    w->buffer = NULL;
}

void *
_PyBytesWriter_Resize(_PyBytesWriter *w, void *str, Py_ssize_t size)
{
        Py_ssize_t pos = (char *)str - writer_start(w);
    if (size <= w->allocated)
        return str;
    Py_ssize_t cap = w->overallocate ? size + size / 4 : size;
    if (!w->use_small_buffer && w->allocated == 0 && cap <= (Py_ssize_t)sizeof(w->small_buffer)) {
        w->use_small_buffer = 1;
        w->allocated = (Py_ssize_t)sizeof(w->small_buffer);
        return w->small_buffer + pos;
    }
    char *fresh = PyMem_Malloc((size_t)cap);
    if (fresh == NULL) {
        PyErr_NoMemory();
        return NULL;
    }
    memcpy(fresh, writer_start(w), (size_t)pos);
    if (!w->use_small_buffer)
        PyMem_Free(w->buffer);
    w->use_small_buffer = 0;
    w->buffer = (PyObject *)fresh;
    w->allocated = cap;
    return fresh + pos;
}

void *
_PyBytesWriter_Prepare(_PyBytesWriter *w, void *str, Py_ssize_t size)
{
        if (size == 0)
        return str;
    Py_ssize_t pos = (char *)str - writer_start(w);
    w->min_size += size;
    if (w->min_size <= w->allocated)
        return str;
    (void)pos;
    return _PyBytesWriter_Resize(w, str, w->min_size);
}

void *
_PyBytesWriter_Alloc(_PyBytesWriter *w, Py_ssize_t size)
{
        w->min_size = 0;
    w->use_small_buffer = 1;
    w->allocated = (Py_ssize_t)sizeof(w->small_buffer);
    return _PyBytesWriter_Prepare(w, w->small_buffer, size);
}

void *
_PyBytesWriter_WriteBytes(_PyBytesWriter *w, void *str, const void *bytes, Py_ssize_t size)
{
    char *s = _PyBytesWriter_Prepare(w, str, size);
    if (s == NULL)
        return NULL;
    memcpy(s, bytes, (size_t)size);
    return s + size;
}

PyObject *
_PyBytesWriter_Finish(_PyBytesWriter *w, void *str)
{
        char *start = writer_start(w);
    Py_ssize_t size = (char *)str - start;
    PyObject *r = w->use_bytearray ? PyByteArray_FromStringAndSize(start, size) : PyBytes_FromStringAndSize(start, size);
    _PyBytesWriter_Dealloc(w);
    return r;
}

PyObject *
_PyNamespace_New(PyObject *kwds)
{
    PyObject *types = PyImport_ImportModule("types");
    if (types == NULL)
        return NULL;
    PyObject *ns_type = PyObject_GetAttrString(types, "SimpleNamespace");
    Py_DECREF(types);
    if (ns_type == NULL)
        return NULL;
    PyObject *args = PyTuple_New(0);
    PyObject *r = args ? PyObject_Call(ns_type, args, kwds) : NULL;
    Py_XDECREF(args);
    Py_DECREF(ns_type);
    return r;
}

/* Called by CPython's inline `_Py_EnterRecursiveCallTstate` once the
 * thread state's budget (`recursion_remaining`, just decremented) is used
 * up. A thread state C has not used before gets the budget of 1000 calls,
 * CPython's default limit. */
int
_Py_CheckRecursiveCall(PyThreadState *tstate, const char *where)
{
    if (tstate->recursion_limit == 0) {
        tstate->recursion_limit = 1000;
        tstate->recursion_remaining += 1000;
        return 0;
    }
    if (tstate->recursion_remaining < 0 && !tstate->recursion_headroom) {
        ++tstate->recursion_remaining;
        PyErr_Format(PyExc_RecursionError, "maximum recursion depth exceeded%s", where);
        return -1;
    }
    return 0;
}

const char *Py_hexdigits = "0123456789abcdef";

/* A pointer's hash: its address rotated by 4 bits (the low bits of an
 * aligned address carry no information), never -1. */
Py_hash_t
_Py_HashPointer(const void *p)
{
    size_t y = (size_t)p;
    y = (y >> 4) | (y << (8 * sizeof(void *) - 4));
    Py_hash_t x = (Py_hash_t)y;
    return x == -1 ? -2 : x;
}
