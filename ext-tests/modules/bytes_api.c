/* bytes and bytearray: FromStringAndSize (with NULL then filled), FromFormat,
 * AsString(AndSize), Concat(AndDel), _PyBytes_Resize, Size/AS_STRING macros,
 * DecodeEscape via repr, and PyByteArray_* (FromObject, Resize, Concat). */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

static PyObject *
filled(PyObject *self, PyObject *arg)
{
    Py_ssize_t n = PyLong_AsSsize_t(arg);
    if (n < 0 && PyErr_Occurred())
        return NULL;
    PyObject *b = PyBytes_FromStringAndSize(NULL, n);
    if (b == NULL)
        return NULL;
    char *p = PyBytes_AS_STRING(b);
    for (Py_ssize_t i = 0; i < n; i++)
        p[i] = (char)('a' + i % 26);
    return b;
}

static PyObject *
as_string(PyObject *self, PyObject *o)
{
    char *s;
    Py_ssize_t n;
    if (PyBytes_AsStringAndSize(o, &s, &n) < 0)
        return NULL;
    return Py_BuildValue("(nnis)", n, PyBytes_Size(o), s[n] == '\0', PyBytes_AsString(o));
}

static PyObject *
as_string_nul(PyObject *self, PyObject *o)
{
    char *s;
    if (PyBytes_AsStringAndSize(o, &s, NULL) < 0)
        return NULL;
    return PyBytes_FromString(s);
}

static PyObject *
from_format(PyObject *self, PyObject *unused)
{
    return PyBytes_FromFormat("%d|%u|%ld|%zd|%x|%s|%c|%p|%%|%.3s|%i", -5, 7u, 1L << 40,
                              (Py_ssize_t)-9, 255, "str", 'C', (void *)0, "abcdef", 42);
}

static PyObject *
concat(PyObject *self, PyObject *args)
{
    PyObject *a, *b;
    if (!PyArg_ParseTuple(args, "OO", &a, &b))
        return NULL;
    Py_INCREF(a);
    PyBytes_Concat(&a, b);
    if (a == NULL)
        return NULL;
    PyObject *c = Py_NewRef(a);
    PyBytes_ConcatAndDel(&c, Py_NewRef(b));
    if (c == NULL) {
        Py_DECREF(a);
        return NULL;
    }
    return Py_BuildValue("(NN)", a, c);
}

static PyObject *
resize(PyObject *self, PyObject *args)
{
    const char *s;
    Py_ssize_t n, newsize;
    if (!PyArg_ParseTuple(args, "y#n", &s, &n, &newsize))
        return NULL;
    PyObject *b = PyBytes_FromStringAndSize(s, n);
    if (b == NULL)
        return NULL;
    if (_PyBytes_Resize(&b, newsize) < 0)
        return NULL;
    if (newsize > n)
        memset(PyBytes_AS_STRING(b) + n, '.', newsize - n);
    return b;
}

static PyObject *
bytes_from_object(PyObject *self, PyObject *o)
{
    return PyBytes_FromObject(o);
}

static PyObject *
bytearray_ops(PyObject *self, PyObject *o)
{
    PyObject *ba = PyByteArray_FromObject(o);
    if (ba == NULL)
        return NULL;
    Py_ssize_t n = PyByteArray_Size(ba);
    if (PyByteArray_Resize(ba, n + 2) < 0) {
        Py_DECREF(ba);
        return NULL;
    }
    char *p = PyByteArray_AsString(ba);
    p[n] = '!';
    PyByteArray_AS_STRING(ba)[n + 1] = '?';
    PyObject *tail = PyByteArray_FromStringAndSize("+tail", 5);
    PyObject *joined = tail ? PyByteArray_Concat(ba, tail) : NULL;
    Py_XDECREF(tail);
    if (joined == NULL) {
        Py_DECREF(ba);
        return NULL;
    }
    return Py_BuildValue("(NNnii)", ba, joined, PyByteArray_GET_SIZE(joined),
                         PyByteArray_Check(joined), PyByteArray_CheckExact(o));
}

static PyObject *
bytearray_shrink(PyObject *self, PyObject *ba)
{
    if (PyByteArray_Resize(ba, 1) < 0)
        return NULL;
    return Py_NewRef(ba);
}

static PyObject *
checks(PyObject *self, PyObject *o)
{
    return Py_BuildValue("(ii)", PyBytes_Check(o), PyBytes_CheckExact(o));
}

static PyMethodDef methods[] = {
    {"filled", filled, METH_O, NULL},
    {"as_string", as_string, METH_O, NULL},
    {"as_string_nul", as_string_nul, METH_O, NULL},
    {"from_format", from_format, METH_NOARGS, NULL},
    {"concat", concat, METH_VARARGS, NULL},
    {"resize", resize, METH_VARARGS, NULL},
    {"bytes_from_object", bytes_from_object, METH_O, NULL},
    {"bytearray_ops", bytearray_ops, METH_O, NULL},
    {"bytearray_shrink", bytearray_shrink, METH_O, NULL},
    {"checks", checks, METH_O, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "bytes_api",
    .m_size = -1,
    .m_methods = methods,
};

PyMODINIT_FUNC
PyInit_bytes_api(void)
{
    return PyModule_Create(&module);
}
