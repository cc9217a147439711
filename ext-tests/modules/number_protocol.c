/* The number protocol from C: every PyNumber_* binary and in-place
 * operation, Power with and without modulus, unary ops, Index/Long/Float,
 * AsSsize_t with an exception type, ToBase, Check, and NotImplemented
 * handling between C and Python operands. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

typedef PyObject *(*binaryfn)(PyObject *, PyObject *);

static PyObject *
capture(PyObject *r)
{
    if (r != NULL)
        return r;
    PyObject *t, *v, *tb;
    PyErr_Fetch(&t, &v, &tb);
    PyErr_NormalizeException(&t, &v, &tb);
    PyObject *s = PyUnicode_FromFormat("%s: %S", ((PyTypeObject *)t)->tp_name, v);
    Py_XDECREF(t);
    Py_XDECREF(v);
    Py_XDECREF(tb);
    return s;
}

static const struct {
    const char *name;
    binaryfn f;
} binops[] = {
    {"add", PyNumber_Add}, {"sub", PyNumber_Subtract}, {"mul", PyNumber_Multiply},
    {"matmul", PyNumber_MatrixMultiply}, {"floordiv", PyNumber_FloorDivide},
    {"truediv", PyNumber_TrueDivide}, {"mod", PyNumber_Remainder}, {"divmod", PyNumber_Divmod},
    {"lshift", PyNumber_Lshift}, {"rshift", PyNumber_Rshift}, {"and", PyNumber_And},
    {"xor", PyNumber_Xor}, {"or", PyNumber_Or},
    {"iadd", PyNumber_InPlaceAdd}, {"isub", PyNumber_InPlaceSubtract},
    {"imul", PyNumber_InPlaceMultiply}, {"ifloordiv", PyNumber_InPlaceFloorDivide},
    {"itruediv", PyNumber_InPlaceTrueDivide}, {"imod", PyNumber_InPlaceRemainder},
    {"ilshift", PyNumber_InPlaceLshift}, {"irshift", PyNumber_InPlaceRshift},
    {"iand", PyNumber_InPlaceAnd}, {"ixor", PyNumber_InPlaceXor}, {"ior", PyNumber_InPlaceOr},
    {"imatmul", PyNumber_InPlaceMatrixMultiply},
};

static PyObject *
binary(PyObject *self, PyObject *args)
{
    PyObject *a, *b;
    if (!PyArg_ParseTuple(args, "OO", &a, &b))
        return NULL;
    PyObject *d = PyDict_New();
    for (size_t i = 0; i < sizeof(binops) / sizeof(binops[0]); i++) {
        PyObject *r = capture(binops[i].f(a, b));
        PyDict_SetItemString(d, binops[i].name, r);
        Py_DECREF(r);
    }
    return d;
}

static PyObject *
power(PyObject *self, PyObject *args)
{
    PyObject *a, *b, *m = Py_None;
    if (!PyArg_ParseTuple(args, "OO|O", &a, &b, &m))
        return NULL;
    return Py_BuildValue("(NN)", capture(PyNumber_Power(a, b, m)), capture(PyNumber_InPlacePower(a, b, m)));
}

static PyObject *
unary(PyObject *self, PyObject *a)
{
    return Py_BuildValue("(NNNNNNNi)", capture(PyNumber_Negative(a)), capture(PyNumber_Positive(a)),
                         capture(PyNumber_Absolute(a)), capture(PyNumber_Invert(a)),
                         capture(PyNumber_Index(a)), capture(PyNumber_Long(a)), capture(PyNumber_Float(a)),
                         PyNumber_Check(a));
}

static PyObject *
as_ssize(PyObject *self, PyObject *args)
{
    PyObject *o, *exc;
    if (!PyArg_ParseTuple(args, "OO", &o, &exc))
        return NULL;
    Py_ssize_t n = PyNumber_AsSsize_t(o, exc == Py_None ? NULL : exc);
    if (n == -1 && PyErr_Occurred())
        return NULL;
    return PyLong_FromSsize_t(n);
}

static PyObject *
to_base(PyObject *self, PyObject *args)
{
    PyObject *o;
    int base;
    if (!PyArg_ParseTuple(args, "Oi", &o, &base))
        return NULL;
    return PyNumber_ToBase(o, base);
}

static PyMethodDef methods[] = {
    {"binary", binary, METH_VARARGS, NULL},
    {"power", power, METH_VARARGS, NULL},
    {"unary", unary, METH_O, NULL},
    {"as_ssize", as_ssize, METH_VARARGS, NULL},
    {"to_base", to_base, METH_VARARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "number_protocol",
    .m_size = -1,
    .m_methods = methods,
};

PyMODINIT_FUNC
PyInit_number_protocol(void)
{
    return PyModule_Create(&module);
}
