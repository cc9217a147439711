/* A static type filling the whole PyNumberMethods table: binary slots
 * receive (self, other) or (other, self) for reflected operations, return
 * NotImplemented for foreign operands, in-place slots mutate, ternary power
 * gets its modulus, unary slots, nb_bool, nb_int/nb_float/nb_index. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

typedef struct {
    PyObject_HEAD
    long v;
} NumObject;

static PyTypeObject Num_Type;

#define Num_Check(o) PyObject_TypeCheck(o, &Num_Type)

static PyObject *
num_make(long v)
{
    NumObject *n = PyObject_New(NumObject, &Num_Type);
    if (n)
        n->v = v;
    return (PyObject *)n;
}

static int
operands(PyObject *a, PyObject *b, long *x, long *y)
{
    if (Num_Check(a))
        *x = ((NumObject *)a)->v;
    else if (PyLong_Check(a))
        *x = PyLong_AsLong(a);
    else
        return 0;
    if (Num_Check(b))
        *y = ((NumObject *)b)->v;
    else if (PyLong_Check(b))
        *y = PyLong_AsLong(b);
    else
        return 0;
    return 1;
}

#define BINARY(name, expr)                               \
    static PyObject *name(PyObject *a, PyObject *b)      \
    {                                                    \
        long x, y;                                       \
        if (!operands(a, b, &x, &y))                     \
            Py_RETURN_NOTIMPLEMENTED;                    \
        return num_make(expr);                           \
    }

BINARY(num_add, x + y)
BINARY(num_sub, x - y)
BINARY(num_mul, x * y)
BINARY(num_and, x & y)
BINARY(num_or, x | y)
BINARY(num_xor, x ^ y)
BINARY(num_lshift, x << y)
BINARY(num_rshift, x >> y)
BINARY(num_matmul, x * 1000 + y)

static PyObject *
num_floordiv(PyObject *a, PyObject *b)
{
    long x, y;
    if (!operands(a, b, &x, &y))
        Py_RETURN_NOTIMPLEMENTED;
    if (y == 0) {
        PyErr_SetString(PyExc_ZeroDivisionError, "Num division by zero");
        return NULL;
    }
    return num_make(x / y);
}

static PyObject *
num_truediv(PyObject *a, PyObject *b)
{
    long x, y;
    if (!operands(a, b, &x, &y))
        Py_RETURN_NOTIMPLEMENTED;
    return PyFloat_FromDouble((double)x / (double)y);
}

static PyObject *
num_mod(PyObject *a, PyObject *b)
{
    long x, y;
    if (!operands(a, b, &x, &y))
        Py_RETURN_NOTIMPLEMENTED;
    return num_make(x % y);
}

static PyObject *
num_divmod(PyObject *a, PyObject *b)
{
    long x, y;
    if (!operands(a, b, &x, &y))
        Py_RETURN_NOTIMPLEMENTED;
    return Py_BuildValue("(NN)", num_make(x / y), num_make(x % y));
}

static PyObject *
num_pow(PyObject *a, PyObject *b, PyObject *m)
{
    long x, y, r = 1;
    if (!operands(a, b, &x, &y))
        Py_RETURN_NOTIMPLEMENTED;
    for (long i = 0; i < y; i++)
        r *= x;
    if (m != Py_None) {
        long mod = PyLong_AsLong(m);
        if (mod == -1 && PyErr_Occurred())
            return NULL;
        r %= mod;
    }
    return num_make(r);
}

static PyObject *
num_iadd(PyObject *a, PyObject *b)
{
    long x, y;
    if (!operands(a, b, &x, &y))
        Py_RETURN_NOTIMPLEMENTED;
    ((NumObject *)a)->v = x + y + 1000;
    return Py_NewRef(a);
}

static PyObject *
num_ipow(PyObject *a, PyObject *b, PyObject *m)
{
    ((NumObject *)a)->v = -1;
    return Py_NewRef(a);
}

static PyObject *
num_neg(PyObject *a)
{
    return num_make(-((NumObject *)a)->v);
}

static PyObject *
num_pos(PyObject *a)
{
    return num_make(((NumObject *)a)->v + 0);
}

static PyObject *
num_abs(PyObject *a)
{
    long v = ((NumObject *)a)->v;
    return num_make(v < 0 ? -v : v);
}

static PyObject *
num_invert(PyObject *a)
{
    return num_make(~((NumObject *)a)->v);
}

static int
num_bool(PyObject *a)
{
    return ((NumObject *)a)->v != 0;
}

static PyObject *
num_int(PyObject *a)
{
    return PyLong_FromLong(((NumObject *)a)->v);
}

static PyObject *
num_float(PyObject *a)
{
    return PyFloat_FromDouble(((NumObject *)a)->v + 0.5);
}

static PyObject *
num_index(PyObject *a)
{
    return PyLong_FromLong(((NumObject *)a)->v);
}

static PyObject *
num_repr(PyObject *a)
{
    return PyUnicode_FromFormat("Num(%ld)", ((NumObject *)a)->v);
}

static PyObject *
num_new(PyTypeObject *type, PyObject *args, PyObject *kwargs)
{
    long v = 0;
    if (!PyArg_ParseTuple(args, "|l", &v))
        return NULL;
    NumObject *n = (NumObject *)type->tp_alloc(type, 0);
    if (n)
        n->v = v;
    return (PyObject *)n;
}

static PyNumberMethods num_as_number = {
    .nb_add = num_add,
    .nb_subtract = num_sub,
    .nb_multiply = num_mul,
    .nb_remainder = num_mod,
    .nb_divmod = num_divmod,
    .nb_power = num_pow,
    .nb_negative = num_neg,
    .nb_positive = num_pos,
    .nb_absolute = num_abs,
    .nb_bool = num_bool,
    .nb_invert = num_invert,
    .nb_lshift = num_lshift,
    .nb_rshift = num_rshift,
    .nb_and = num_and,
    .nb_xor = num_xor,
    .nb_or = num_or,
    .nb_int = num_int,
    .nb_float = num_float,
    .nb_inplace_add = num_iadd,
    .nb_inplace_power = num_ipow,
    .nb_floor_divide = num_floordiv,
    .nb_true_divide = num_truediv,
    .nb_index = num_index,
    .nb_matrix_multiply = num_matmul,
};

static PyTypeObject Num_Type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "type_number.Num",
    .tp_basicsize = sizeof(NumObject),
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
    .tp_as_number = &num_as_number,
    .tp_new = num_new,
    .tp_repr = num_repr,
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "type_number",
    .m_size = -1,
};

PyMODINIT_FUNC
PyInit_type_number(void)
{
    if (PyType_Ready(&Num_Type) < 0)
        return NULL;
    PyObject *m = PyModule_Create(&module);
    if (m == NULL)
        return NULL;
    if (PyModule_AddObjectRef(m, "Num", (PyObject *)&Num_Type) < 0)
        return NULL;
    return m;
}
