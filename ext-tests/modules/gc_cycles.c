/* Garbage collection of C objects: a GC type (Py_TPFLAGS_HAVE_GC,
 * PyObject_GC_New/Track/UnTrack/Del, tp_traverse, tp_clear) holding an
 * arbitrary object; a cycle through it (node -> list -> node, or node ->
 * Python instance -> node) is freed by gc.collect(), tp_clear and
 * tp_dealloc run, gc.get_referents sees what tp_traverse visits, and
 * PyObject_GC_IsTracked / gc.is_tracked agree. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

static long cleared = 0, freed = 0;

typedef struct {
    PyObject_HEAD
    PyObject *ref;
    long id;
} NodeObject;

static PyTypeObject Node_Type;

static PyObject *
node_new(PyTypeObject *type, PyObject *args, PyObject *kwargs)
{
    long id = 0;
    if (!PyArg_ParseTuple(args, "|l", &id))
        return NULL;
    NodeObject *n = PyObject_GC_New(NodeObject, type);
    if (n == NULL)
        return NULL;
    n->ref = NULL;
    n->id = id;
    PyObject_GC_Track(n);
    return (PyObject *)n;
}

static int
node_traverse(PyObject *self, visitproc visit, void *arg)
{
    Py_VISIT(((NodeObject *)self)->ref);
    return 0;
}

static int
node_clear(PyObject *self)
{
    if (((NodeObject *)self)->ref != NULL)
        cleared++;
    Py_CLEAR(((NodeObject *)self)->ref);
    return 0;
}

static void
node_dealloc(PyObject *self)
{
    PyObject_GC_UnTrack(self);
    node_clear(self);
    freed++;
    PyObject_GC_Del(self);
}

static PyObject *
node_get_ref(PyObject *self, void *closure)
{
    PyObject *r = ((NodeObject *)self)->ref;
    return Py_NewRef(r ? r : Py_None);
}

static int
node_set_ref(PyObject *self, PyObject *value, void *closure)
{
    Py_XSETREF(((NodeObject *)self)->ref, Py_XNewRef(value));
    return 0;
}

static PyGetSetDef node_getset[] = {
    {"ref", node_get_ref, node_set_ref, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static PyTypeObject Node_Type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "gc_cycles.Node",
    .tp_basicsize = sizeof(NodeObject),
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_new = node_new,
    .tp_dealloc = node_dealloc,
    .tp_traverse = node_traverse,
    .tp_clear = node_clear,
    .tp_getset = node_getset,
};

static PyObject *
counts(PyObject *self, PyObject *unused)
{
    return Py_BuildValue("(ll)", cleared, freed);
}

static PyObject *
is_tracked(PyObject *self, PyObject *o)
{
    return PyBool_FromLong(PyObject_GC_IsTracked(o));
}

static PyObject *
untrack(PyObject *self, PyObject *o)
{
    PyObject_GC_UnTrack(o);
    Py_RETURN_NONE;
}

static PyObject *
collect(PyObject *self, PyObject *unused)
{
    return PyLong_FromSsize_t(PyGC_Collect() >= 0);
}

static PyMethodDef methods[] = {
    {"counts", counts, METH_NOARGS, NULL},
    {"is_tracked", is_tracked, METH_O, NULL},
    {"untrack", untrack, METH_O, NULL},
    {"collect", collect, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "gc_cycles",
    .m_size = -1,
    .m_methods = methods,
};

PyMODINIT_FUNC
PyInit_gc_cycles(void)
{
    if (PyType_Ready(&Node_Type) < 0)
        return NULL;
    PyObject *m = PyModule_Create(&module);
    if (m == NULL)
        return NULL;
    if (PyModule_AddObjectRef(m, "Node", (PyObject *)&Node_Type) < 0)
        return NULL;
    return m;
}
