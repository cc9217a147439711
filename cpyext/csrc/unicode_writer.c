/* `_PyUnicodeWriter` and `_PyAccu`: the string builders lib-dynload
 * modules (`_json`, `_datetime`, `_pickle`) use. The writer keeps UCS4
 * code points in `data` (kind 4, so the inline `_PyUnicodeWriter_Prepare`
 * only has to check the room left) and makes the str at the end. */
#include "Python.h"
#include <string.h>

/* CPython's internal accumulator layout (pycore_accu.h). */
typedef struct {
    PyObject *large;
    PyObject *small;
} _PyAccu;

void
_PyUnicodeWriter_Init(_PyUnicodeWriter *w)
{
    memset(w, 0, sizeof(*w));
    w->kind = PyUnicode_4BYTE_KIND;
    w->maxchar = 0x10ffff;
    w->min_char = 127;
}

int
_PyUnicodeWriter_PrepareInternal(_PyUnicodeWriter *w, Py_ssize_t length, Py_UCS4 maxchar)
{
    if (length > PY_SSIZE_T_MAX - w->pos) {
        PyErr_NoMemory();
        return -1;
    }
    Py_ssize_t need = w->pos + length;
    if (need < w->min_length)
        need = w->min_length;
    if (need <= w->size)
        return 0;
    Py_ssize_t cap = w->size ? w->size : 16;
    while (cap < need)
        cap = cap < PY_SSIZE_T_MAX / 2 ? cap * 2 : need;
    void *d = PyMem_Realloc(w->data, (size_t)cap * sizeof(Py_UCS4));
    if (d == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    w->data = d;
    w->size = cap;
    /* Code reading the writer (_json) takes a NULL buffer to mean that
     * nothing was written yet; the characters live in `data`. */
    if (w->buffer == NULL) {
        w->buffer = PyUnicode_New(0, 0);
        if (w->buffer == NULL)
            return -1;
    }
    return 0;
}

int
_PyUnicodeWriter_PrepareKindInternal(_PyUnicodeWriter *w, enum PyUnicode_Kind kind)
{
    return 0;
}

int
_PyUnicodeWriter_WriteChar(_PyUnicodeWriter *w, Py_UCS4 ch)
{
    if (_PyUnicodeWriter_PrepareInternal(w, 1, ch) < 0)
        return -1;
    ((Py_UCS4 *)w->data)[w->pos++] = ch;
    return 0;
}

int
_PyUnicodeWriter_WriteSubstring(_PyUnicodeWriter *w, PyObject *str, Py_ssize_t start, Py_ssize_t end)
{
    if (end <= start)
        return 0;
    if (_PyUnicodeWriter_PrepareInternal(w, end - start, 0x10ffff) < 0)
        return -1;
    int kind = PyUnicode_KIND(str);
    const void *data = PyUnicode_DATA(str);
    Py_UCS4 *out = (Py_UCS4 *)w->data + w->pos;
    for (Py_ssize_t i = start; i < end; i++)
        *out++ = PyUnicode_READ(kind, data, i);
    w->pos += end - start;
    return 0;
}

int
_PyUnicodeWriter_WriteStr(_PyUnicodeWriter *w, PyObject *str)
{
    return _PyUnicodeWriter_WriteSubstring(w, str, 0, PyUnicode_GET_LENGTH(str));
}

int
_PyUnicodeWriter_WriteASCIIString(_PyUnicodeWriter *w, const char *s, Py_ssize_t len)
{
    if (len < 0)
        len = (Py_ssize_t)strlen(s);
    if (_PyUnicodeWriter_PrepareInternal(w, len, 127) < 0)
        return -1;
    Py_UCS4 *out = (Py_UCS4 *)w->data + w->pos;
    for (Py_ssize_t i = 0; i < len; i++)
        out[i] = (unsigned char)s[i];
    w->pos += len;
    return 0;
}

int
_PyUnicodeWriter_WriteLatin1String(_PyUnicodeWriter *w, const char *s, Py_ssize_t len)
{
    return _PyUnicodeWriter_WriteASCIIString(w, s, len);
}

PyObject *
_PyUnicodeWriter_Finish(_PyUnicodeWriter *w)
{
    PyObject *r = PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, w->data ? w->data : (void *)"\0\0\0", w->pos);
    _PyUnicodeWriter_Dealloc(w);
    return r;
}

void
_PyUnicodeWriter_Dealloc(_PyUnicodeWriter *w)
{
    PyMem_Free(w->data);
    w->data = NULL;
    w->size = w->pos = 0;
    Py_CLEAR(w->buffer);
}

int
_PyAccu_Init(_PyAccu *acc)
{
    acc->large = PyList_New(0);
    acc->small = PyList_New(0);
    if (acc->large == NULL || acc->small == NULL) {
        Py_CLEAR(acc->large);
        Py_CLEAR(acc->small);
        return -1;
    }
    return 0;
}

/* Joins the pending small strings into one, appended to `large`. */
static int
flush_accumulator(_PyAccu *acc)
{
    Py_ssize_t n = PyList_GET_SIZE(acc->small);
    if (n == 0)
        return 0;
    PyObject *empty = PyUnicode_FromStringAndSize("", 0);
    PyObject *joined = empty ? PyUnicode_Join(empty, acc->small) : NULL;
    Py_XDECREF(empty);
    if (joined == NULL)
        return -1;
    if (PyList_SetSlice(acc->small, 0, n, NULL) < 0 || PyList_Append(acc->large, joined) < 0) {
        Py_DECREF(joined);
        return -1;
    }
    Py_DECREF(joined);
    return 0;
}

int
_PyAccu_Accumulate(_PyAccu *acc, PyObject *unicode)
{
    if (PyList_Append(acc->small, unicode) < 0)
        return -1;
    if (PyList_GET_SIZE(acc->small) < 100000)
        return 0;
    return flush_accumulator(acc);
}

PyObject *
_PyAccu_FinishAsList(_PyAccu *acc)
{
    int r = flush_accumulator(acc);
    Py_CLEAR(acc->small);
    if (r < 0) {
        Py_CLEAR(acc->large);
        return NULL;
    }
    PyObject *res = acc->large;
    acc->large = NULL;
    return res;
}

PyObject *
_PyAccu_Finish(_PyAccu *acc)
{
    PyObject *list = _PyAccu_FinishAsList(acc);
    if (list == NULL)
        return NULL;
    PyObject *empty = PyUnicode_FromStringAndSize("", 0);
    PyObject *r = empty ? PyUnicode_Join(empty, list) : NULL;
    Py_XDECREF(empty);
    Py_DECREF(list);
    return r;
}

void
_PyAccu_Destroy(_PyAccu *acc)
{
    Py_CLEAR(acc->small);
    Py_CLEAR(acc->large);
}
