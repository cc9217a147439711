/* A static type: PyType_Ready, tp_new/tp_init, tp_dealloc (observable),
 * tp_methods/tp_members/tp_getset, tp_repr, tp_richcompare, tp_hash,
 * subclassing from Python, and borrowed references. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <structmember.h>

static long deallocs = 0;

typedef struct {
    PyObject_HEAD
    long value;
    double scale;
    PyObject *tag;
} PointObject;

static PyObject *
point_new(PyTypeObject *type, PyObject *args, PyObject *kwargs)
{
    PointObject *self = (PointObject *)type->tp_alloc(type, 0);
    if (self == NULL)
        return NULL;
    self->value = 0;
    self->scale = 1.0;
    self->tag = Py_NewRef(Py_None);
    return (PyObject *)self;
}

static int
point_init(PointObject *self, PyObject *args, PyObject *kwargs)
{
    static char *kwlist[] = {"value", "tag", NULL};
    PyObject *tag = NULL;
    if (!PyArg_ParseTupleAndKeywords(args, kwargs, "l|O", kwlist, &self->value, &tag))
        return -1;
    if (tag) {
        Py_INCREF(tag);
        Py_SETREF(self->tag, tag);
    }
    return 0;
}

static void
point_dealloc(PointObject *self)
{
    deallocs++;
    Py_XDECREF(self->tag);
    Py_TYPE(self)->tp_free((PyObject *)self);
}

static PyObject *
point_repr(PointObject *self)
{
    return PyUnicode_FromFormat("Point(%ld, tag=%R)", self->value, self->tag);
}

static PyObject *
point_double(PointObject *self, PyObject *unused)
{
    self->value *= 2;
    return PyLong_FromLong(self->value);
}

static PyObject *
point_add(PointObject *self, PyObject *arg)
{
    long v = PyLong_AsLong(arg);
    if (v == -1 && PyErr_Occurred())
        return NULL;
    self->value += v;
    Py_RETURN_NONE;
}

static PyObject *
point_make(PyTypeObject *cls, PyObject *arg)
{
    return PyObject_CallOneArg((PyObject *)cls, arg);
}

static PyObject *
point_get_negated(PointObject *self, void *closure)
{
    return PyLong_FromLong(-self->value);
}

static int
point_set_negated(PointObject *self, PyObject *value, void *closure)
{
    if (value == NULL) {
        PyErr_SetString(PyExc_AttributeError, "cannot delete negated");
        return -1;
    }
    long v = PyLong_AsLong(value);
    if (v == -1 && PyErr_Occurred())
        return -1;
    self->value = -v;
    return 0;
}

static PyObject *
point_richcompare(PyObject *a, PyObject *b, int op)
{
    if (!PyObject_TypeCheck(b, Py_TYPE(a)) && !PyObject_TypeCheck(a, Py_TYPE(b)))
        Py_RETURN_NOTIMPLEMENTED;
    long x = ((PointObject *)a)->value, y = ((PointObject *)b)->value;
    Py_RETURN_RICHCOMPARE(x, y, op);
}

static Py_hash_t
point_hash(PointObject *self)
{
    return self->value == -1 ? -2 : self->value;
}

static PyMethodDef point_methods[] = {
    {"double", (PyCFunction)point_double, METH_NOARGS, "Doubles the value."},
    {"add", (PyCFunction)point_add, METH_O, NULL},
    {"make", (PyCFunction)point_make, METH_O | METH_CLASS, NULL},
    {NULL, NULL, 0, NULL},
};

static PyMemberDef point_members[] = {
    {"value", T_LONG, offsetof(PointObject, value), 0, "the value"},
    {"scale", T_DOUBLE, offsetof(PointObject, scale), 0, NULL},
    {"tag", T_OBJECT, offsetof(PointObject, tag), READONLY, NULL},
    {NULL, 0, 0, 0, NULL},
};

static PyGetSetDef point_getset[] = {
    {"negated", (getter)point_get_negated, (setter)point_set_negated, "minus the value", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static PyTypeObject PointType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "statictype.Point",
    .tp_basicsize = sizeof(PointObject),
    .tp_dealloc = (destructor)point_dealloc,
    .tp_repr = (reprfunc)point_repr,
    .tp_hash = (hashfunc)point_hash,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
    .tp_doc = "A point.",
    .tp_richcompare = point_richcompare,
    .tp_methods = point_methods,
    .tp_members = point_members,
    .tp_getset = point_getset,
    .tp_init = (initproc)point_init,
    .tp_new = point_new,
};

static PyObject *
dealloc_count(PyObject *self, PyObject *unused)
{
    return PyLong_FromLong(deallocs);
}

/* Borrowed references stay valid while their owner lives. */
static PyObject *
borrowed_items(PyObject *self, PyObject *args)
{
    PyObject *tuple, *list, *dict;
    if (!PyArg_ParseTuple(args, "O!O!O!", &PyTuple_Type, &tuple, &PyList_Type, &list, &PyDict_Type, &dict))
        return NULL;
    PyObject *t0 = PyTuple_GetItem(tuple, 0);
    PyObject *t1 = PyTuple_GET_ITEM(tuple, 1);
    PyObject *l0 = PyList_GetItem(list, 0);
    PyObject *l1 = PyList_GET_ITEM(list, 1);
    PyObject *d = PyDict_GetItemString(dict, "k");
    PyObject *missing = PyDict_GetItemString(dict, "nope");
    if (!t0 || !l0 || !d)
        return NULL;
    /* Allocate in between: nothing may invalidate the borrowed pointers. */
    PyObject *junk = Py_BuildValue("[iii]", 1, 2, 3);
    Py_XDECREF(junk);
    return Py_BuildValue("(OOOOOO)", t0, t1, l0, l1, d, missing ? missing : Py_None);
}

static PyObject *
keep(PyObject *self, PyObject *arg)
{
    static PyObject *kept = NULL;
    PyObject *old = kept;
    kept = arg == Py_None ? NULL : Py_NewRef(arg);
    Py_XDECREF(old);
    Py_RETURN_NONE;
}

static PyMethodDef methods[] = {
    {"dealloc_count", dealloc_count, METH_NOARGS, NULL},
    {"borrowed_items", borrowed_items, METH_VARARGS, NULL},
    {"keep", keep, METH_O, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "statictype", NULL, -1, methods, NULL, NULL, NULL, NULL,
};

PyMODINIT_FUNC
PyInit_statictype(void)
{
    if (PyType_Ready(&PointType) < 0)
        return NULL;
    PyObject *m = PyModule_Create(&module);
    if (m == NULL)
        return NULL;
    Py_INCREF(&PointType);
    if (PyModule_AddObject(m, "Point", (PyObject *)&PointType) < 0)
        return NULL;
    return m;
}
