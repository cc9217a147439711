/* Variable-size objects: a static type with tp_itemsize, allocated with
 * PyObject_NewVar / tp_alloc(type, n), Py_SIZE/Py_SET_SIZE, items stored
 * after the header, sq_length/sq_item from Py_SIZE, __sizeof__ following
 * basicsize + n * itemsize, and subclassing from Python. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stddef.h>

typedef struct {
    PyObject_VAR_HEAD
    long items[1];
} VecObject;

static PyTypeObject Vec_Type;

static PyObject *
vec_new(PyTypeObject *type, PyObject *args, PyObject *kwargs)
{
    Py_ssize_t n = PyTuple_GET_SIZE(args);
    VecObject *v = (VecObject *)type->tp_alloc(type, n);
    if (v == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < n; i++) {
        v->items[i] = PyLong_AsLong(PyTuple_GET_ITEM(args, i));
        if (v->items[i] == -1 && PyErr_Occurred()) {
            Py_DECREF(v);
            return NULL;
        }
    }
    return (PyObject *)v;
}

static Py_ssize_t
vec_length(PyObject *self)
{
    return Py_SIZE(self);
}

static PyObject *
vec_item(PyObject *self, Py_ssize_t i)
{
    if (i < 0 || i >= Py_SIZE(self)) {
        PyErr_SetString(PyExc_IndexError, "Vec index out of range");
        return NULL;
    }
    return PyLong_FromLong(((VecObject *)self)->items[i]);
}

static PyObject *
vec_repr(PyObject *self)
{
    PyObject *l = PySequence_List(self);
    if (l == NULL)
        return NULL;
    PyObject *r = PyUnicode_FromFormat("Vec%R", l);
    Py_DECREF(l);
    return r;
}

static PyObject *
vec_truncate(PyObject *self, PyObject *arg)
{
    Py_ssize_t n = PyLong_AsSsize_t(arg);
    if (n < 0 || n > Py_SIZE(self)) {
        if (!PyErr_Occurred())
            PyErr_SetString(PyExc_ValueError, "bad size");
        return NULL;
    }
    Py_SET_SIZE(self, n);
    Py_RETURN_NONE;
}

static PySequenceMethods vec_as_sequence = {
    .sq_length = vec_length,
    .sq_item = vec_item,
};

static PyMethodDef vec_methods[] = {
    {"truncate", vec_truncate, METH_O, NULL},
    {NULL, NULL, 0, NULL},
};

static PyTypeObject Vec_Type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "varobject.Vec",
    .tp_basicsize = offsetof(VecObject, items),
    .tp_itemsize = sizeof(long),
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
    .tp_new = vec_new,
    .tp_repr = vec_repr,
    .tp_as_sequence = &vec_as_sequence,
    .tp_methods = vec_methods,
};

static PyObject *
make_newvar(PyObject *self, PyObject *arg)
{
    Py_ssize_t n = PyLong_AsSsize_t(arg);
    if (n < 0)
        return NULL;
    VecObject *v = PyObject_NewVar(VecObject, &Vec_Type, n);
    if (v == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < n; i++)
        v->items[i] = 100 + i;
    return (PyObject *)v;
}

static PyObject *
sizes(PyObject *self, PyObject *o)
{
    return Py_BuildValue("(nnn)", Py_SIZE(o), Py_TYPE(o)->tp_basicsize, Py_TYPE(o)->tp_itemsize);
}

static PyMethodDef methods[] = {
    {"make_newvar", make_newvar, METH_O, NULL},
    {"sizes", sizes, METH_O, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "varobject",
    .m_size = -1,
    .m_methods = methods,
};

PyMODINIT_FUNC
PyInit_varobject(void)
{
    if (PyType_Ready(&Vec_Type) < 0)
        return NULL;
    PyObject *m = PyModule_Create(&module);
    if (m == NULL)
        return NULL;
    if (PyModule_AddObjectRef(m, "Vec", (PyObject *)&Vec_Type) < 0)
        return NULL;
    return m;
}
