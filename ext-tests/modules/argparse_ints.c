/* PyArg_ParseTuple numeric format units: b B h H i I l k L K n c C p f d D,
 * with their range checks and error messages. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

static PyObject *
p_b(PyObject *self, PyObject *args)
{
    unsigned char v;
    if (!PyArg_ParseTuple(args, "b", &v))
        return NULL;
    return PyLong_FromLong(v);
}

static PyObject *
p_B(PyObject *self, PyObject *args)
{
    unsigned char v;
    if (!PyArg_ParseTuple(args, "B", &v))
        return NULL;
    return PyLong_FromLong(v);
}

static PyObject *
p_h(PyObject *self, PyObject *args)
{
    short v;
    if (!PyArg_ParseTuple(args, "h", &v))
        return NULL;
    return PyLong_FromLong(v);
}

static PyObject *
p_H(PyObject *self, PyObject *args)
{
    unsigned short v;
    if (!PyArg_ParseTuple(args, "H", &v))
        return NULL;
    return PyLong_FromLong(v);
}

static PyObject *
p_i(PyObject *self, PyObject *args)
{
    int v;
    if (!PyArg_ParseTuple(args, "i", &v))
        return NULL;
    return PyLong_FromLong(v);
}

static PyObject *
p_I(PyObject *self, PyObject *args)
{
    unsigned int v;
    if (!PyArg_ParseTuple(args, "I", &v))
        return NULL;
    return PyLong_FromUnsignedLong(v);
}

static PyObject *
p_l(PyObject *self, PyObject *args)
{
    long v;
    if (!PyArg_ParseTuple(args, "l", &v))
        return NULL;
    return PyLong_FromLong(v);
}

static PyObject *
p_k(PyObject *self, PyObject *args)
{
    unsigned long v;
    if (!PyArg_ParseTuple(args, "k", &v))
        return NULL;
    return PyLong_FromUnsignedLong(v);
}

static PyObject *
p_L(PyObject *self, PyObject *args)
{
    long long v;
    if (!PyArg_ParseTuple(args, "L", &v))
        return NULL;
    return PyLong_FromLongLong(v);
}

static PyObject *
p_K(PyObject *self, PyObject *args)
{
    unsigned long long v;
    if (!PyArg_ParseTuple(args, "K", &v))
        return NULL;
    return PyLong_FromUnsignedLongLong(v);
}

static PyObject *
p_n(PyObject *self, PyObject *args)
{
    Py_ssize_t v;
    if (!PyArg_ParseTuple(args, "n", &v))
        return NULL;
    return PyLong_FromSsize_t(v);
}

static PyObject *
p_c(PyObject *self, PyObject *args)
{
    char v;
    if (!PyArg_ParseTuple(args, "c", &v))
        return NULL;
    return PyLong_FromLong((unsigned char)v);
}

static PyObject *
p_C(PyObject *self, PyObject *args)
{
    int v;
    if (!PyArg_ParseTuple(args, "C", &v))
        return NULL;
    return PyLong_FromLong(v);
}

static PyObject *
p_p(PyObject *self, PyObject *args)
{
    int v = 7;
    if (!PyArg_ParseTuple(args, "p", &v))
        return NULL;
    return PyLong_FromLong(v);
}

static PyObject *
p_f(PyObject *self, PyObject *args)
{
    float v;
    if (!PyArg_ParseTuple(args, "f", &v))
        return NULL;
    return PyFloat_FromDouble(v);
}

static PyObject *
p_d(PyObject *self, PyObject *args)
{
    double v;
    if (!PyArg_ParseTuple(args, "d", &v))
        return NULL;
    return PyFloat_FromDouble(v);
}

static PyObject *
p_D(PyObject *self, PyObject *args)
{
    Py_complex v;
    if (!PyArg_ParseTuple(args, "D", &v))
        return NULL;
    return Py_BuildValue("(dd)", v.real, v.imag);
}

static PyObject *
p_mixed(PyObject *self, PyObject *args)
{
    int a, b = -1;
    double d = 0.5;
    if (!PyArg_ParseTuple(args, "i|id:mixed", &a, &b, &d))
        return NULL;
    return Py_BuildValue("(iid)", a, b, d);
}

static PyObject *
p_nested(PyObject *self, PyObject *args)
{
    int a, b, c;
    long d;
    if (!PyArg_ParseTuple(args, "(ii)(i(l))", &a, &b, &c, &d))
        return NULL;
    return Py_BuildValue("[iiil]", a, b, c, d);
}

static PyObject *
p_semicolon(PyObject *self, PyObject *args)
{
    int a;
    if (!PyArg_ParseTuple(args, "i;custom message for p_semicolon", &a))
        return NULL;
    return PyLong_FromLong(a);
}

static PyMethodDef methods[] = {
    {"b", p_b, METH_VARARGS, NULL},
    {"B", p_B, METH_VARARGS, NULL},
    {"h", p_h, METH_VARARGS, NULL},
    {"H", p_H, METH_VARARGS, NULL},
    {"i", p_i, METH_VARARGS, NULL},
    {"I", p_I, METH_VARARGS, NULL},
    {"l", p_l, METH_VARARGS, NULL},
    {"k", p_k, METH_VARARGS, NULL},
    {"L", p_L, METH_VARARGS, NULL},
    {"K", p_K, METH_VARARGS, NULL},
    {"n", p_n, METH_VARARGS, NULL},
    {"c", p_c, METH_VARARGS, NULL},
    {"C", p_C, METH_VARARGS, NULL},
    {"p", p_p, METH_VARARGS, NULL},
    {"f", p_f, METH_VARARGS, NULL},
    {"d", p_d, METH_VARARGS, NULL},
    {"D", p_D, METH_VARARGS, NULL},
    {"mixed", p_mixed, METH_VARARGS, NULL},
    {"nested", p_nested, METH_VARARGS, NULL},
    {"semicolon", p_semicolon, METH_VARARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "argparse_ints",
    .m_size = -1,
    .m_methods = methods,
};

PyMODINIT_FUNC
PyInit_argparse_ints(void)
{
    return PyModule_Create(&module);
}
