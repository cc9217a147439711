/* Weak references from C: PyWeakref_NewRef with and without a callback
 * (the callback fires when the referent dies), NewProxy, GetObject /
 * GET_OBJECT returning None after death, Check macros, and weak references
 * to instances of a C type with tp_weaklistoffset (PyObject_ClearWeakRefs in
 * its tp_dealloc). */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stddef.h>

typedef struct {
    PyObject_HEAD
    PyObject *weakreflist;
    int id;
} TargetObject;

static int deallocs = 0;

static void
target_dealloc(PyObject *self)
{
    deallocs++;
    if (((TargetObject *)self)->weakreflist != NULL)
        PyObject_ClearWeakRefs(self);
    Py_TYPE(self)->tp_free(self);
}

static PyObject *
target_new(PyTypeObject *type, PyObject *args, PyObject *kwargs)
{
    int id = 0;
    if (!PyArg_ParseTuple(args, "|i", &id))
        return NULL;
    TargetObject *t = (TargetObject *)type->tp_alloc(type, 0);
    if (t)
        t->id = id;
    return (PyObject *)t;
}

static PyObject *
target_repr(PyObject *self)
{
    return PyUnicode_FromFormat("Target(%d)", ((TargetObject *)self)->id);
}

static PyTypeObject Target_Type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "weakrefs.Target",
    .tp_basicsize = sizeof(TargetObject),
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
    .tp_weaklistoffset = offsetof(TargetObject, weakreflist),
    .tp_new = target_new,
    .tp_dealloc = target_dealloc,
    .tp_repr = target_repr,
};

static PyObject *
new_ref(PyObject *self, PyObject *args)
{
    PyObject *o, *cb = NULL;
    if (!PyArg_ParseTuple(args, "O|O", &o, &cb))
        return NULL;
    return PyWeakref_NewRef(o, cb);
}

static PyObject *
new_proxy(PyObject *self, PyObject *args)
{
    PyObject *o, *cb = NULL;
    if (!PyArg_ParseTuple(args, "O|O", &o, &cb))
        return NULL;
    return PyWeakref_NewProxy(o, cb);
}

static PyObject *
deref(PyObject *self, PyObject *ref)
{
    PyObject *o = PyWeakref_GetObject(ref);
    if (o == NULL)
        return NULL;
    PyObject *o2 = PyWeakref_GET_OBJECT(ref);
    return Py_BuildValue("(OOiii)", o, o == o2 ? Py_True : Py_False, PyWeakref_Check(ref),
                         PyWeakref_CheckRef(ref), PyWeakref_CheckProxy(ref));
}

static PyObject *
dealloc_count(PyObject *self, PyObject *unused)
{
    return PyLong_FromLong(deallocs);
}

static PyMethodDef methods[] = {
    {"new_ref", new_ref, METH_VARARGS, NULL},
    {"new_proxy", new_proxy, METH_VARARGS, NULL},
    {"deref", deref, METH_O, NULL},
    {"dealloc_count", dealloc_count, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "weakrefs",
    .m_size = -1,
    .m_methods = methods,
};

PyMODINIT_FUNC
PyInit_weakrefs(void)
{
    if (PyType_Ready(&Target_Type) < 0)
        return NULL;
    PyObject *m = PyModule_Create(&module);
    if (m == NULL)
        return NULL;
    if (PyModule_AddObjectRef(m, "Target", (PyObject *)&Target_Type) < 0)
        return NULL;
    return m;
}
