/* More of the bytes API: PyBytes_Repr with and without smart quotes,
 * PyBytes_DecodeEscape, _PyBytes_Join, PyBytes_FromFormatV through a helper,
 * PyBytes_AS_STRING writes to a fresh object before it is shared, and
 * PyBytes_Size/AsString errors on non-bytes. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

static PyObject *
repr(PyObject *self, PyObject *args)
{
    PyObject *b;
    int smart;
    if (!PyArg_ParseTuple(args, "Sp", &b, &smart))
        return NULL;
    return PyBytes_Repr(b, smart);
}

static PyObject *
decode_escape(PyObject *self, PyObject *args)
{
    const char *s;
    Py_ssize_t n;
    const char *errors = NULL;
    if (!PyArg_ParseTuple(args, "s#|z", &s, &n, &errors))
        return NULL;
    return PyBytes_DecodeEscape(s, n, errors, 0, NULL);
}

static PyObject *
join(PyObject *self, PyObject *args)
{
    PyObject *sep, *seq;
    if (!PyArg_ParseTuple(args, "SO", &sep, &seq))
        return NULL;
    return _PyBytes_Join(sep, seq);
}

static PyObject *
fmt_v(const char *format, ...)
{
    va_list va;
    va_start(va, format);
    PyObject *r = PyBytes_FromFormatV(format, va);
    va_end(va);
    return r;
}

static PyObject *
from_format_v(PyObject *self, PyObject *unused)
{
    return fmt_v("<%s:%d:%c>", "v", -3, 'x');
}

static PyObject *
fresh(PyObject *self, PyObject *unused)
{
    PyObject *b = PyBytes_FromStringAndSize(NULL, 5);
    if (b == NULL)
        return NULL;
    memcpy(PyBytes_AS_STRING(b), "fresh", 5);
    return b;
}

static PyObject *
size_errors(PyObject *self, PyObject *o)
{
    Py_ssize_t n = PyBytes_Size(o);
    if (n < 0)
        return NULL;
    return PyLong_FromSsize_t(n);
}

static PyMethodDef methods[] = {
    {"repr", repr, METH_VARARGS, NULL},
    {"decode_escape", decode_escape, METH_VARARGS, NULL},
    {"join", join, METH_VARARGS, NULL},
    {"from_format_v", from_format_v, METH_NOARGS, NULL},
    {"fresh", fresh, METH_NOARGS, NULL},
    {"size_errors", size_errors, METH_O, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "bytes_more",
    .m_size = -1,
    .m_methods = methods,
};

PyMODINIT_FUNC
PyInit_bytes_more(void)
{
    return PyModule_Create(&module);
}
