/* Reference counts and object lifetime: tp_dealloc runs exactly when the
 * last reference goes (from C's Py_DECREF or Python's del), references C
 * stores keep objects alive, borrowed references from a tuple/list/dict stay
 * valid while the owner lives, Py_NewRef/XNewRef/SETREF/CLEAR, and a C
 * container holding Python objects releases them in its own dealloc. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

static PyObject *events;

static void
record(const char *what, long id)
{
    PyObject *e = PyUnicode_FromFormat("%s %ld", what, id);
    if (e) {
        PyList_Append(events, e);
        Py_DECREF(e);
    }
}

typedef struct {
    PyObject_HEAD
    long id;
    PyObject *held;
} TrackedObject;

static void
tracked_dealloc(PyObject *self)
{
    TrackedObject *t = (TrackedObject *)self;
    record("dealloc", t->id);
    Py_CLEAR(t->held);
    Py_TYPE(self)->tp_free(self);
}

static PyObject *
tracked_new(PyTypeObject *type, PyObject *args, PyObject *kwargs)
{
    long id;
    PyObject *held = NULL;
    if (!PyArg_ParseTuple(args, "l|O", &id, &held))
        return NULL;
    TrackedObject *t = (TrackedObject *)type->tp_alloc(type, 0);
    if (t == NULL)
        return NULL;
    t->id = id;
    t->held = Py_XNewRef(held);
    record("new", id);
    return (PyObject *)t;
}

static PyObject *
tracked_repr(PyObject *self)
{
    return PyUnicode_FromFormat("Tracked(%ld)", ((TrackedObject *)self)->id);
}

static PyTypeObject Tracked_Type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "lifetime.Tracked",
    .tp_basicsize = sizeof(TrackedObject),
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
    .tp_new = tracked_new,
    .tp_dealloc = tracked_dealloc,
    .tp_repr = tracked_repr,
};

static PyObject *
take_events(PyObject *self, PyObject *unused)
{
    PyObject *r = events;
    events = PyList_New(0);
    return r;
}

static PyObject *stash;

static PyObject *
keep(PyObject *self, PyObject *o)
{
    Py_XSETREF(stash, Py_NewRef(o));
    Py_RETURN_NONE;
}

static PyObject *
drop(PyObject *self, PyObject *unused)
{
    Py_CLEAR(stash);
    Py_RETURN_NONE;
}

static PyObject *
create_and_destroy(PyObject *self, PyObject *unused)
{
    PyObject *t = PyObject_CallFunction((PyObject *)&Tracked_Type, "l", 100L);
    if (t == NULL)
        return NULL;
    record("before decref", 100);
    Py_DECREF(t);
    record("after decref", 100);
    Py_RETURN_NONE;
}

static PyObject *
borrowed_from_tuple(PyObject *self, PyObject *unused)
{
    PyObject *t = PyObject_CallFunction((PyObject *)&Tracked_Type, "l", 200L);
    PyObject *tup = PyTuple_Pack(1, t);
    Py_DECREF(t); /* the tuple owns it now */
    PyObject *borrowed = PyTuple_GET_ITEM(tup, 0);
    record("borrowed alive", ((TrackedObject *)borrowed)->id);
    PyObject *again = PyObject_Repr(borrowed);
    Py_DECREF(tup); /* the item goes with its owner */
    record("tuple gone", 200);
    return again;
}

static PyObject *
refcount_deltas(PyObject *self, PyObject *o)
{
    Py_ssize_t base = Py_REFCNT(o);
    PyObject *l = PyList_New(0);
    PyList_Append(l, o);
    Py_ssize_t in_list = Py_REFCNT(o) - base;
    PyObject *t = PyTuple_Pack(2, o, o);
    Py_ssize_t in_tuple = Py_REFCNT(o) - base;
    Py_DECREF(l);
    Py_DECREF(t);
    Py_ssize_t after = Py_REFCNT(o) - base;
    PyObject *n = Py_NewRef(o);
    Py_ssize_t newref = Py_REFCNT(o) - base;
    Py_DECREF(n);
    return Py_BuildValue("(nnnn)", in_list, in_tuple, after, newref);
}

static PyObject *
fresh_refcount(PyObject *self, PyObject *unused)
{
    PyObject *l = PyList_New(0);
    Py_ssize_t n = Py_REFCNT(l);
    Py_DECREF(l);
    PyObject *t = PyObject_CallFunction((PyObject *)&Tracked_Type, "l", 300L);
    Py_ssize_t m = Py_REFCNT(t);
    Py_DECREF(t);
    return Py_BuildValue("(nn)", n, m);
}

static PyMethodDef methods[] = {
    {"take_events", take_events, METH_NOARGS, NULL},
    {"keep", keep, METH_O, NULL},
    {"drop", drop, METH_NOARGS, NULL},
    {"create_and_destroy", create_and_destroy, METH_NOARGS, NULL},
    {"borrowed_from_tuple", borrowed_from_tuple, METH_NOARGS, NULL},
    {"refcount_deltas", refcount_deltas, METH_O, NULL},
    {"fresh_refcount", fresh_refcount, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "lifetime",
    .m_size = -1,
    .m_methods = methods,
};

PyMODINIT_FUNC
PyInit_lifetime(void)
{
    events = PyList_New(0);
    if (events == NULL || PyType_Ready(&Tracked_Type) < 0)
        return NULL;
    PyObject *m = PyModule_Create(&module);
    if (m == NULL)
        return NULL;
    if (PyModule_AddObjectRef(m, "Tracked", (PyObject *)&Tracked_Type) < 0)
        return NULL;
    return m;
}
