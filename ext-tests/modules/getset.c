/* tp_getset: getters and setters with a closure, a read-only property,
 * setters validating and raising, deletion reaching the setter with NULL,
 * and getset descriptors' names, docs and __get__/__set__ from Python. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

typedef struct {
    PyObject_HEAD
    PyObject *fields[2];
    long sets;
} PairObject;

static void
pair_dealloc(PyObject *self)
{
    PairObject *p = (PairObject *)self;
    Py_XDECREF(p->fields[0]);
    Py_XDECREF(p->fields[1]);
    Py_TYPE(self)->tp_free(self);
}

static PyObject *
pair_get(PyObject *self, void *closure)
{
    PyObject *v = ((PairObject *)self)->fields[(Py_ssize_t)closure];
    if (v == NULL) {
        PyErr_Format(PyExc_AttributeError, "field %zd is empty", (Py_ssize_t)closure);
        return NULL;
    }
    return Py_NewRef(v);
}

static int
pair_set(PyObject *self, PyObject *value, void *closure)
{
    PairObject *p = (PairObject *)self;
    Py_ssize_t i = (Py_ssize_t)closure;
    if (value != NULL && !PyUnicode_Check(value)) {
        PyErr_Format(PyExc_TypeError, "field %zd must be str, not %.50s", i, Py_TYPE(value)->tp_name);
        return -1;
    }
    Py_XSETREF(p->fields[i], Py_XNewRef(value));
    p->sets++;
    return 0;
}

static PyObject *
pair_get_sets(PyObject *self, void *closure)
{
    return PyLong_FromLong(((PairObject *)self)->sets);
}

static PyGetSetDef pair_getset[] = {
    {"first", pair_get, pair_set, "the first field", (void *)0},
    {"second", pair_get, pair_set, "the second field", (void *)1},
    {"sets", pair_get_sets, NULL, "how many assignments", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static PyTypeObject Pair_Type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "getset.Pair",
    .tp_basicsize = sizeof(PairObject),
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
    .tp_new = PyType_GenericNew,
    .tp_dealloc = pair_dealloc,
    .tp_getset = pair_getset,
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "getset",
    .m_size = -1,
};

PyMODINIT_FUNC
PyInit_getset(void)
{
    if (PyType_Ready(&Pair_Type) < 0)
        return NULL;
    PyObject *m = PyModule_Create(&module);
    if (m == NULL)
        return NULL;
    if (PyModule_AddObjectRef(m, "Pair", (PyObject *)&Pair_Type) < 0)
        return NULL;
    return m;
}
