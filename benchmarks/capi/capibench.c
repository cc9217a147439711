/* The C side of benchmarks/capi.py: functions whose per-call cost is the
 * C-API crossing being measured, plus a monotonic clock (oxpy has no `time`
 * module yet, so both interpreters are timed by the same C code). */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <structmember.h>
#include <time.h>

static PyObject *
bench_clock(PyObject *self, PyObject *unused)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return PyFloat_FromDouble((double)ts.tv_sec + ts.tv_nsec * 1e-9);
}

static PyObject *
bench_noargs(PyObject *self, PyObject *unused)
{
    Py_RETURN_NONE;
}

static PyObject *
bench_onearg(PyObject *self, PyObject *arg)
{
    Py_RETURN_NONE;
}

static PyObject *
bench_parse3(PyObject *self, PyObject *args)
{
    long a;
    double b;
    PyObject *c;
    if (!PyArg_ParseTuple(args, "ldO", &a, &b, &c))
        return NULL;
    Py_RETURN_NONE;
}

/* Sums a list of ints through the PyList_GET_ITEM macro. */
static PyObject *
bench_sum_list(PyObject *self, PyObject *list)
{
    if (!PyList_Check(list)) {
        PyErr_SetString(PyExc_TypeError, "list expected");
        return NULL;
    }
    long total = 0;
    Py_ssize_t n = PyList_GET_SIZE(list);
    for (Py_ssize_t i = 0; i < n; i++) {
        long v = PyLong_AsLong(PyList_GET_ITEM(list, i));
        if (v == -1 && PyErr_Occurred())
            return NULL;
        total += v;
    }
    return PyLong_FromLong(total);
}

/* Builds a tuple of n small ints. */
static PyObject *
bench_build_tuple(PyObject *self, PyObject *arg)
{
    Py_ssize_t n = PyLong_AsSsize_t(arg);
    if (n == -1 && PyErr_Occurred())
        return NULL;
    PyObject *t = PyTuple_New(n);
    if (t == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *v = PyLong_FromSsize_t(i & 255);
        if (v == NULL) {
            Py_DECREF(t);
            return NULL;
        }
        PyTuple_SET_ITEM(t, i, v);
    }
    return t;
}

/* Calls `f(x)` n times, passing a Python object in and out each time. */
static PyObject *
bench_roundtrip(PyObject *self, PyObject *args)
{
    PyObject *f, *x;
    Py_ssize_t n;
    if (!PyArg_ParseTuple(args, "OOn", &f, &x, &n))
        return NULL;
    Py_INCREF(x);
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *r = PyObject_CallOneArg(f, x);
        Py_DECREF(x);
        if (r == NULL)
            return NULL;
        x = r;
    }
    return x;
}

typedef struct {
    PyObject_HEAD
    long value;
} PointObject;

static PyObject *
point_get(PointObject *self, PyObject *unused)
{
    return PyLong_FromLong(self->value);
}

static PyMethodDef point_methods[] = {
    {"get", (PyCFunction)point_get, METH_NOARGS, NULL},
    {NULL},
};

static PyMemberDef point_members[] = {
    {"value", T_LONG, offsetof(PointObject, value), 0, NULL},
    {NULL},
};

static PyTypeObject PointType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "capibench.Point",
    .tp_basicsize = sizeof(PointObject),
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_new = PyType_GenericNew,
    .tp_methods = point_methods,
    .tp_members = point_members,
};

static PyMethodDef methods[] = {
    {"clock", bench_clock, METH_NOARGS, NULL},
    {"noargs", bench_noargs, METH_NOARGS, NULL},
    {"onearg", bench_onearg, METH_O, NULL},
    {"parse3", bench_parse3, METH_VARARGS, NULL},
    {"sum_list", bench_sum_list, METH_O, NULL},
    {"build_tuple", bench_build_tuple, METH_O, NULL},
    {"roundtrip", bench_roundtrip, METH_VARARGS, NULL},
    {NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "capibench", NULL, -1, methods,
};

PyMODINIT_FUNC
PyInit_capibench(void)
{
    if (PyType_Ready(&PointType) < 0)
        return NULL;
    PyObject *m = PyModule_Create(&module);
    if (m == NULL)
        return NULL;
    Py_INCREF(&PointType);
    if (PyModule_AddObject(m, "Point", (PyObject *)&PointType) < 0) {
        Py_DECREF(&PointType);
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
