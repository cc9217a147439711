/* A static type with tp_getattro/tp_setattro (falling back to the generic
 * versions), tp_repr/tp_str, tp_init separate from tp_new (re-init allowed),
 * tp_richcompare on a key with NotImplemented for foreign types, and
 * tp_hash, used from Python (attribute access, dict keys, sorting); the
 * instance dict at tp_dictoffset exposed through PyObject_GenericGetDict. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stddef.h>

typedef struct {
    PyObject_HEAD
    PyObject *dict;
    long key;
    int inits;
} RecObject;

static PyTypeObject Rec_Type;

static void
rec_dealloc(PyObject *self)
{
    Py_XDECREF(((RecObject *)self)->dict);
    Py_TYPE(self)->tp_free(self);
}

static PyObject *
rec_new(PyTypeObject *type, PyObject *args, PyObject *kwargs)
{
    RecObject *r = (RecObject *)type->tp_alloc(type, 0);
    if (r)
        r->key = -1;
    return (PyObject *)r;
}

static int
rec_init(PyObject *self, PyObject *args, PyObject *kwargs)
{
    static char *names[] = {"key", NULL};
    long key;
    if (!PyArg_ParseTupleAndKeywords(args, kwargs, "l", names, &key))
        return -1;
    ((RecObject *)self)->key = key;
    ((RecObject *)self)->inits++;
    return 0;
}

static PyObject *
rec_getattro(PyObject *self, PyObject *name)
{
    if (PyUnicode_CompareWithASCIIString(name, "virtual") == 0)
        return PyUnicode_FromFormat("virtual of %ld", ((RecObject *)self)->key);
    if (PyUnicode_CompareWithASCIIString(name, "inits") == 0)
        return PyLong_FromLong(((RecObject *)self)->inits);
    return PyObject_GenericGetAttr(self, name);
}

static int
rec_setattro(PyObject *self, PyObject *name, PyObject *value)
{
    if (PyUnicode_CompareWithASCIIString(name, "frozen") == 0) {
        PyErr_SetString(PyExc_AttributeError, "frozen is read-only here");
        return -1;
    }
    if (PyUnicode_CompareWithASCIIString(name, "key") == 0 && value != NULL) {
        long k = PyLong_AsLong(value);
        if (k == -1 && PyErr_Occurred())
            return -1;
        ((RecObject *)self)->key = k;
        return 0;
    }
    return PyObject_GenericSetAttr(self, name, value);
}

static PyObject *
rec_repr(PyObject *self)
{
    return PyUnicode_FromFormat("Rec(key=%ld)", ((RecObject *)self)->key);
}

static PyObject *
rec_str(PyObject *self)
{
    return PyUnicode_FromFormat("rec #%ld", ((RecObject *)self)->key);
}

static PyObject *
rec_richcompare(PyObject *a, PyObject *b, int op)
{
    if (!PyObject_TypeCheck(b, &Rec_Type))
        Py_RETURN_NOTIMPLEMENTED;
    Py_RETURN_RICHCOMPARE(((RecObject *)a)->key, ((RecObject *)b)->key, op);
}

static Py_hash_t
rec_hash(PyObject *self)
{
    long k = ((RecObject *)self)->key;
    if (k == 13) {
        PyErr_SetString(PyExc_TypeError, "unlucky key is unhashable");
        return -1;
    }
    return k == -1 ? -2 : k * 7;
}

static PyGetSetDef rec_getset[] = {
    {"__dict__", PyObject_GenericGetDict, PyObject_GenericSetDict, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static PyTypeObject Rec_Type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "type_attr.Rec",
    .tp_basicsize = sizeof(RecObject),
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
    .tp_dictoffset = offsetof(RecObject, dict),
    .tp_new = rec_new,
    .tp_init = rec_init,
    .tp_dealloc = rec_dealloc,
    .tp_getattro = rec_getattro,
    .tp_setattro = rec_setattro,
    .tp_repr = rec_repr,
    .tp_str = rec_str,
    .tp_richcompare = rec_richcompare,
    .tp_hash = rec_hash,
    .tp_getset = rec_getset,
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "type_attr",
    .m_size = -1,
};

PyMODINIT_FUNC
PyInit_type_attr(void)
{
    if (PyType_Ready(&Rec_Type) < 0)
        return NULL;
    PyObject *m = PyModule_Create(&module);
    if (m == NULL)
        return NULL;
    if (PyModule_AddObjectRef(m, "Rec", (PyObject *)&Rec_Type) < 0)
        return NULL;
    return m;
}
