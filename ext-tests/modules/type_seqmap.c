/* A static type with PySequenceMethods and PyMappingMethods: sq_length,
 * sq_concat, sq_repeat, sq_item (negative indexes arrive adjusted by
 * sq_length), sq_ass_item (set and delete), sq_contains, sq_inplace_concat,
 * and a second type with mp_length/mp_subscript/mp_ass_subscript receiving
 * slices and arbitrary keys. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

typedef struct {
    PyObject_HEAD
    PyObject *items; /* a list */
    PyObject *log;   /* a list of what the slots saw */
} BoxObject;

static void
box_dealloc(PyObject *self)
{
    BoxObject *b = (BoxObject *)self;
    Py_XDECREF(b->items);
    Py_XDECREF(b->log);
    Py_TYPE(self)->tp_free(self);
}

static PyObject *
box_new(PyTypeObject *type, PyObject *args, PyObject *kwargs)
{
    BoxObject *b = (BoxObject *)type->tp_alloc(type, 0);
    if (b == NULL)
        return NULL;
    b->items = PySequence_List(args);
    b->log = PyList_New(0);
    if (b->items == NULL || b->log == NULL) {
        Py_DECREF(b);
        return NULL;
    }
    return (PyObject *)b;
}

static void
note(PyObject *self, const char *fmt, Py_ssize_t v)
{
    PyObject *s = PyUnicode_FromFormat(fmt, v);
    if (s) {
        PyList_Append(((BoxObject *)self)->log, s);
        Py_DECREF(s);
    }
}

static Py_ssize_t
box_length(PyObject *self)
{
    return PyList_GET_SIZE(((BoxObject *)self)->items);
}

static PyObject *
box_item(PyObject *self, Py_ssize_t i)
{
    note(self, "item %zd", i);
    PyObject *items = ((BoxObject *)self)->items;
    if (i < 0 || i >= PyList_GET_SIZE(items)) {
        PyErr_SetString(PyExc_IndexError, "Box index out of range");
        return NULL;
    }
    return Py_NewRef(PyList_GET_ITEM(items, i));
}

static int
box_ass_item(PyObject *self, Py_ssize_t i, PyObject *v)
{
    note(self, v ? "set %zd" : "del %zd", i);
    PyObject *items = ((BoxObject *)self)->items;
    if (v == NULL)
        return PySequence_DelItem(items, i);
    return PyList_SetItem(items, i, Py_NewRef(v));
}

static PyObject *
box_concat(PyObject *self, PyObject *other)
{
    note(self, "concat %zd", 0);
    return PySequence_Concat(((BoxObject *)self)->items, other);
}

static PyObject *
box_repeat(PyObject *self, Py_ssize_t n)
{
    note(self, "repeat %zd", n);
    return PySequence_Repeat(((BoxObject *)self)->items, n);
}

static int
box_contains(PyObject *self, PyObject *v)
{
    note(self, "contains %zd", 0);
    return PySequence_Contains(((BoxObject *)self)->items, v);
}

static PyObject *
box_inplace_concat(PyObject *self, PyObject *other)
{
    note(self, "iconcat %zd", 0);
    if (_PyList_Extend((PyListObject *)((BoxObject *)self)->items, other) == NULL)
        return NULL;
    return Py_NewRef(self);
}

static PyObject *
box_log(PyObject *self, PyObject *unused)
{
    BoxObject *b = (BoxObject *)self;
    PyObject *r = b->log;
    b->log = PyList_New(0);
    return r;
}

static PyObject *
box_items(PyObject *self, PyObject *unused)
{
    return Py_NewRef(((BoxObject *)self)->items);
}

static PySequenceMethods box_as_sequence = {
    .sq_length = box_length,
    .sq_concat = box_concat,
    .sq_repeat = box_repeat,
    .sq_item = box_item,
    .sq_ass_item = box_ass_item,
    .sq_contains = box_contains,
    .sq_inplace_concat = box_inplace_concat,
};

static PyMethodDef box_methods[] = {
    {"log", box_log, METH_NOARGS, NULL},
    {"items", box_items, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static PyTypeObject Box_Type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "type_seqmap.Box",
    .tp_basicsize = sizeof(BoxObject),
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_new = box_new,
    .tp_dealloc = box_dealloc,
    .tp_as_sequence = &box_as_sequence,
    .tp_methods = box_methods,
};

static Py_ssize_t
map_length(PyObject *self)
{
    return PyList_GET_SIZE(((BoxObject *)self)->log) + 100;
}

static PyObject *
map_subscript(PyObject *self, PyObject *key)
{
    PyList_Append(((BoxObject *)self)->log, key);
    if (PyUnicode_Check(key) && PyUnicode_CompareWithASCIIString(key, "missing") == 0) {
        PyErr_SetObject(PyExc_KeyError, key);
        return NULL;
    }
    return Py_BuildValue("(sO)", "got", key);
}

static int
map_ass_subscript(PyObject *self, PyObject *key, PyObject *value)
{
    PyObject *entry = Py_BuildValue("(sOO)", value ? "set" : "del", key, value ? value : Py_None);
    if (entry == NULL)
        return -1;
    PyList_Append(((BoxObject *)self)->log, entry);
    Py_DECREF(entry);
    return 0;
}

static PyMappingMethods map_as_mapping = {
    .mp_length = map_length,
    .mp_subscript = map_subscript,
    .mp_ass_subscript = map_ass_subscript,
};

static PyTypeObject Map_Type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "type_seqmap.Map",
    .tp_basicsize = sizeof(BoxObject),
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_new = box_new,
    .tp_dealloc = box_dealloc,
    .tp_as_mapping = &map_as_mapping,
    .tp_methods = box_methods,
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "type_seqmap",
    .m_size = -1,
};

PyMODINIT_FUNC
PyInit_type_seqmap(void)
{
    if (PyType_Ready(&Box_Type) < 0 || PyType_Ready(&Map_Type) < 0)
        return NULL;
    PyObject *m = PyModule_Create(&module);
    if (m == NULL)
        return NULL;
    if (PyModule_AddObjectRef(m, "Box", (PyObject *)&Box_Type) < 0 ||
        PyModule_AddObjectRef(m, "Map", (PyObject *)&Map_Type) < 0)
        return NULL;
    return m;
}
