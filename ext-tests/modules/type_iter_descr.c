/* Static types with tp_iter/tp_iternext (a countdown iterator: StopIteration
 * by returning NULL without an exception, errors raised from iternext),
 * tp_descr_get/tp_descr_set (a descriptor used as a class attribute: get on
 * instance and on class, set, delete), and tp_call. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

typedef struct {
    PyObject_HEAD
    long n;
} CountdownObject;

static PyObject *
countdown_new(PyTypeObject *type, PyObject *args, PyObject *kwargs)
{
    long n;
    if (!PyArg_ParseTuple(args, "l", &n))
        return NULL;
    CountdownObject *c = (CountdownObject *)type->tp_alloc(type, 0);
    if (c)
        c->n = n;
    return (PyObject *)c;
}

static PyObject *
countdown_next(PyObject *self)
{
    CountdownObject *c = (CountdownObject *)self;
    if (c->n == 0)
        return NULL;
    if (c->n < 0) {
        PyErr_SetString(PyExc_ValueError, "negative countdown");
        return NULL;
    }
    return PyLong_FromLong(c->n--);
}

static PyTypeObject Countdown_Type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "type_iter_descr.Countdown",
    .tp_basicsize = sizeof(CountdownObject),
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_new = countdown_new,
    .tp_iter = PyObject_SelfIter,
    .tp_iternext = countdown_next,
};

typedef struct {
    PyObject_HEAD
    PyObject *log;
} DescrObject;

static void
descr_dealloc(PyObject *self)
{
    Py_XDECREF(((DescrObject *)self)->log);
    Py_TYPE(self)->tp_free(self);
}

static PyObject *
descr_new(PyTypeObject *type, PyObject *args, PyObject *kwargs)
{
    DescrObject *d = (DescrObject *)type->tp_alloc(type, 0);
    if (d)
        d->log = PyList_New(0);
    return (PyObject *)d;
}

static PyObject *
descr_get(PyObject *self, PyObject *obj, PyObject *type)
{
    PyObject *entry = Py_BuildValue("(sOO)", "get", obj ? (PyObject *)Py_TYPE(obj) : Py_None, type ? type : Py_None);
    PyList_Append(((DescrObject *)self)->log, entry);
    Py_XDECREF(entry);
    if (obj == NULL || obj == Py_None)
        return Py_NewRef(self);
    return PyUnicode_FromString("value from descriptor");
}

static int
descr_set(PyObject *self, PyObject *obj, PyObject *value)
{
    PyObject *entry = Py_BuildValue("(sOO)", value ? "set" : "delete", (PyObject *)Py_TYPE(obj), value ? value : Py_None);
    PyList_Append(((DescrObject *)self)->log, entry);
    Py_XDECREF(entry);
    if (value && PyLong_Check(value) && PyLong_AsLong(value) < 0) {
        PyErr_SetString(PyExc_ValueError, "descriptor refuses negatives");
        return -1;
    }
    return 0;
}

static PyObject *
descr_call(PyObject *self, PyObject *args, PyObject *kwargs)
{
    return Py_BuildValue("(sOO)", "called", args, kwargs ? kwargs : Py_None);
}

static PyObject *
descr_log(PyObject *self, PyObject *unused)
{
    DescrObject *d = (DescrObject *)self;
    PyObject *r = d->log;
    d->log = PyList_New(0);
    return r;
}

static PyMethodDef descr_methods[] = {
    {"log", descr_log, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static PyTypeObject Descr_Type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "type_iter_descr.Descr",
    .tp_basicsize = sizeof(DescrObject),
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_new = descr_new,
    .tp_dealloc = descr_dealloc,
    .tp_descr_get = descr_get,
    .tp_descr_set = descr_set,
    .tp_call = descr_call,
    .tp_methods = descr_methods,
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "type_iter_descr",
    .m_size = -1,
};

PyMODINIT_FUNC
PyInit_type_iter_descr(void)
{
    if (PyType_Ready(&Countdown_Type) < 0 || PyType_Ready(&Descr_Type) < 0)
        return NULL;
    PyObject *m = PyModule_Create(&module);
    if (m == NULL)
        return NULL;
    if (PyModule_AddObjectRef(m, "Countdown", (PyObject *)&Countdown_Type) < 0 ||
        PyModule_AddObjectRef(m, "Descr", (PyObject *)&Descr_Type) < 0)
        return NULL;
    return m;
}
