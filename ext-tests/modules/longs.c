/* The int API: conversions in and out with overflow, AsLongAndOverflow,
 * the unsigned masks, Py_ssize_t/size_t/double, byte arrays, FromString,
 * FromUnicodeObject, GetInfo and the __index__/__int__ protocol. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

static PyObject *
error_or(PyObject *value)
{
    if (PyErr_Occurred()) {
        Py_XDECREF(value);
        PyObject *t, *v, *tb;
        PyErr_Fetch(&t, &v, &tb);
        PyErr_NormalizeException(&t, &v, &tb);
        PyObject *r = Py_BuildValue("(sO)", ((PyTypeObject *)t)->tp_name, v);
        Py_XDECREF(t);
        Py_XDECREF(v);
        Py_XDECREF(tb);
        return r;
    }
    return value;
}

static PyObject *
as_all(PyObject *self, PyObject *o)
{
    PyObject *r = PyList_New(0);
    if (r == NULL)
        return NULL;
#define ADD(expr)                                        \
    do {                                                 \
        PyObject *item = error_or(expr);                 \
        if (item == NULL || PyList_Append(r, item) < 0) { \
            Py_XDECREF(item);                            \
            Py_DECREF(r);                                \
            return NULL;                                 \
        }                                                \
        Py_DECREF(item);                                 \
    } while (0)
    long l = PyLong_AsLong(o);
    ADD(PyLong_FromLong(l));
    unsigned long ul = PyLong_AsUnsignedLong(o);
    ADD(PyLong_FromUnsignedLong(ul));
    long long ll = PyLong_AsLongLong(o);
    ADD(PyLong_FromLongLong(ll));
    unsigned long long ull = PyLong_AsUnsignedLongLong(o);
    ADD(PyLong_FromUnsignedLongLong(ull));
    Py_ssize_t n = PyLong_AsSsize_t(o);
    ADD(PyLong_FromSsize_t(n));
    size_t z = PyLong_AsSize_t(o);
    ADD(PyLong_FromSize_t(z));
    double d = PyLong_AsDouble(o);
    ADD(PyFloat_FromDouble(d));
    unsigned long mask = PyLong_AsUnsignedLongMask(o);
    ADD(PyLong_FromUnsignedLong(mask));
    unsigned long long llmask = PyLong_AsUnsignedLongLongMask(o);
    ADD(PyLong_FromUnsignedLongLong(llmask));
    int overflow = 99;
    long lo = PyLong_AsLongAndOverflow(o, &overflow);
    ADD(Py_BuildValue("(li)", lo, overflow));
    overflow = 99;
    long long llo = PyLong_AsLongLongAndOverflow(o, &overflow);
    ADD(Py_BuildValue("(Li)", llo, overflow));
#undef ADD
    return r;
}

static PyObject *
from_double(PyObject *self, PyObject *arg)
{
    return PyLong_FromDouble(PyFloat_AsDouble(arg));
}

static PyObject *
from_string(PyObject *self, PyObject *args)
{
    const char *s;
    int base;
    if (!PyArg_ParseTuple(args, "si", &s, &base))
        return NULL;
    char *end = NULL;
    PyObject *v = PyLong_FromString(s, &end, base);
    if (v == NULL)
        return NULL;
    return Py_BuildValue("(Ns)", v, end);
}

static PyObject *
from_unicode_object(PyObject *self, PyObject *args)
{
    PyObject *s;
    int base;
    if (!PyArg_ParseTuple(args, "Ui", &s, &base))
        return NULL;
    return PyLong_FromUnicodeObject(s, base);
}

static PyObject *
to_bytes(PyObject *self, PyObject *args)
{
    PyObject *v;
    int little, is_signed;
    unsigned char buf[9];
    if (!PyArg_ParseTuple(args, "O!pp", &PyLong_Type, &v, &little, &is_signed))
        return NULL;
    if (_PyLong_AsByteArray((PyLongObject *)v, buf, sizeof(buf), little, is_signed) < 0)
        return NULL;
    return PyBytes_FromStringAndSize((char *)buf, sizeof(buf));
}

static PyObject *
from_bytes(PyObject *self, PyObject *args)
{
    const char *s;
    Py_ssize_t n;
    int little, is_signed;
    if (!PyArg_ParseTuple(args, "y#pp", &s, &n, &little, &is_signed))
        return NULL;
    return _PyLong_FromByteArray((const unsigned char *)s, n, little, is_signed);
}

static PyObject *
numbits(PyObject *self, PyObject *v)
{
    return Py_BuildValue("(ni)", (Py_ssize_t)_PyLong_NumBits(v), _PyLong_Sign(v));
}

static PyObject *
pointer_roundtrip(PyObject *self, PyObject *unused)
{
    static int anchor;
    PyObject *p = PyLong_FromVoidPtr(&anchor);
    if (p == NULL)
        return NULL;
    void *back = PyLong_AsVoidPtr(p);
    Py_DECREF(p);
    return PyBool_FromLong(back == &anchor);
}

static PyObject *
checks(PyObject *self, PyObject *o)
{
    return Py_BuildValue("(ii)", PyLong_Check(o), PyLong_CheckExact(o));
}

static PyObject *
info(PyObject *self, PyObject *unused)
{
    PyObject *i = PyLong_GetInfo();
    if (i == NULL)
        return NULL;
    PyObject *r = PyObject_GetAttrString(i, "sizeof_digit");
    Py_DECREF(i);
    return r;
}

static PyMethodDef methods[] = {
    {"as_all", as_all, METH_O, NULL},
    {"from_double", from_double, METH_O, NULL},
    {"from_string", from_string, METH_VARARGS, NULL},
    {"from_unicode_object", from_unicode_object, METH_VARARGS, NULL},
    {"to_bytes", to_bytes, METH_VARARGS, NULL},
    {"from_bytes", from_bytes, METH_VARARGS, NULL},
    {"numbits", numbits, METH_O, NULL},
    {"pointer_roundtrip", pointer_roundtrip, METH_NOARGS, NULL},
    {"checks", checks, METH_O, NULL},
    {"info", info, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "longs",
    .m_size = -1,
    .m_methods = methods,
};

PyMODINIT_FUNC
PyInit_longs(void)
{
    return PyModule_Create(&module);
}
