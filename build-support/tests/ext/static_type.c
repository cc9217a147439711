/* A classic single-phase extension with a statically allocated type:
 * members, getsets, methods of every calling convention, the number,
 * sequence, mapping and buffer protocols, GC support and iteration. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <structmember.h>

typedef struct {
    PyObject_HEAD
    PyObject *label;        /* str or NULL */
    double scale;
    Py_ssize_t length;
    long *values;
    Py_ssize_t exports;
    PyObject *weakrefs;
} VectorObject;

static PyTypeObject Vector_Type;

#define Vector_Check(op) PyObject_TypeCheck(op, &Vector_Type)

static PyObject *
vector_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"length", "scale", "label", NULL};
    Py_ssize_t length = 0;
    double scale = 1.0;
    PyObject *label = NULL;
    VectorObject *self;

    if (!PyArg_ParseTupleAndKeywords(args, kwds, "|ndU:Vector", kwlist,
                                     &length, &scale, &label)) {
        return NULL;
    }
    if (length < 0) {
        PyErr_SetString(PyExc_ValueError, "length must be non-negative");
        return NULL;
    }
    self = (VectorObject *)type->tp_alloc(type, 0);
    if (self == NULL) {
        return NULL;
    }
    self->values = PyMem_New(long, length ? length : 1);
    if (self->values == NULL) {
        Py_DECREF(self);
        return PyErr_NoMemory();
    }
    memset(self->values, 0, sizeof(long) * (size_t)(length ? length : 1));
    self->length = length;
    self->scale = scale;
    self->label = Py_XNewRef(label);
    return (PyObject *)self;
}

static int
vector_traverse(VectorObject *self, visitproc visit, void *arg)
{
    Py_VISIT(self->label);
    Py_VISIT(Py_TYPE(self));
    return 0;
}

static int
vector_clear(VectorObject *self)
{
    Py_CLEAR(self->label);
    return 0;
}

static void
vector_dealloc(VectorObject *self)
{
    PyObject_GC_UnTrack(self);
    Py_TRASHCAN_BEGIN(self, vector_dealloc)
    if (self->weakrefs != NULL) {
        PyObject_ClearWeakRefs((PyObject *)self);
    }
    vector_clear(self);
    PyMem_Free(self->values);
    Py_TYPE(self)->tp_free((PyObject *)self);
    Py_TRASHCAN_END
}

static PyObject *
vector_repr(VectorObject *self)
{
    return PyUnicode_FromFormat("<Vector %R of %zd, scale %S>",
                                self->label ? self->label : Py_None,
                                self->length, PyFloat_FromDouble(self->scale));
}

/* Sequence protocol. */
static Py_ssize_t
vector_len(VectorObject *self)
{
    return self->length;
}

static PyObject *
vector_item(VectorObject *self, Py_ssize_t i)
{
    if (i < 0 || i >= self->length) {
        PyErr_SetString(PyExc_IndexError, "Vector index out of range");
        return NULL;
    }
    return PyLong_FromLong(self->values[i]);
}

static int
vector_ass_item(VectorObject *self, Py_ssize_t i, PyObject *value)
{
    long v;
    if (value == NULL) {
        PyErr_SetString(PyExc_TypeError, "cannot delete Vector items");
        return -1;
    }
    if (i < 0 || i >= self->length) {
        PyErr_SetString(PyExc_IndexError, "Vector assignment index out of range");
        return -1;
    }
    v = PyLong_AsLong(value);
    if (v == -1 && PyErr_Occurred()) {
        return -1;
    }
    self->values[i] = v;
    return 0;
}

static int
vector_contains(VectorObject *self, PyObject *value)
{
    int overflow = 0;
    long v = PyLong_AsLongAndOverflow(value, &overflow);
    Py_ssize_t i;
    if (v == -1 && PyErr_Occurred()) {
        PyErr_Clear();
        return 0;
    }
    for (i = 0; i < self->length; i++) {
        if (self->values[i] == v && !overflow) {
            return 1;
        }
    }
    return 0;
}

static PySequenceMethods vector_as_sequence = {
    .sq_length = (lenfunc)vector_len,
    .sq_item = (ssizeargfunc)vector_item,
    .sq_ass_item = (ssizeobjargproc)vector_ass_item,
    .sq_contains = (objobjproc)vector_contains,
};

/* Number protocol. */
static PyObject *
vector_multiply(PyObject *a, PyObject *b)
{
    VectorObject *v, *result;
    double factor;
    Py_ssize_t i;

    if (Vector_Check(a) && PyFloat_Check(b)) {
        v = (VectorObject *)a;
        factor = PyFloat_AS_DOUBLE(b);
    }
    else if (Vector_Check(a) && PyLong_Check(b)) {
        v = (VectorObject *)a;
        factor = PyLong_AsDouble(b);
        if (factor == -1.0 && PyErr_Occurred()) {
            return NULL;
        }
    }
    else {
        Py_RETURN_NOTIMPLEMENTED;
    }
    result = (VectorObject *)PyObject_CallFunction((PyObject *)Py_TYPE(v), "nd",
                                                   v->length, v->scale * factor);
    if (result == NULL) {
        return NULL;
    }
    for (i = 0; i < v->length; i++) {
        result->values[i] = v->values[i];
    }
    return (PyObject *)result;
}

static int
vector_bool(VectorObject *self)
{
    return self->length != 0;
}

static PyObject *
vector_index(VectorObject *self)
{
    return PyLong_FromSsize_t(self->length);
}

static PyNumberMethods vector_as_number = {
    .nb_multiply = vector_multiply,
    .nb_bool = (inquiry)vector_bool,
    .nb_index = (unaryfunc)vector_index,
};

/* Mapping protocol: slicing returns a list. */
static PyObject *
vector_subscript(VectorObject *self, PyObject *key)
{
    if (PySlice_Check(key)) {
        Py_ssize_t start, stop, step, n, i;
        PyObject *list;
        if (PySlice_Unpack(key, &start, &stop, &step) < 0) {
            return NULL;
        }
        n = PySlice_AdjustIndices(self->length, &start, &stop, step);
        list = PyList_New(n);
        if (list == NULL) {
            return NULL;
        }
        for (i = 0; i < n; i++) {
            PyObject *item = PyLong_FromLong(self->values[start + i * step]);
            if (item == NULL) {
                Py_DECREF(list);
                return NULL;
            }
            PyList_SET_ITEM(list, i, item);
        }
        return list;
    }
    if (PyIndex_Check(key)) {
        Py_ssize_t i = PyNumber_AsSsize_t(key, PyExc_IndexError);
        if (i == -1 && PyErr_Occurred()) {
            return NULL;
        }
        if (i < 0) {
            i += self->length;
        }
        return vector_item(self, i);
    }
    PyErr_Format(PyExc_TypeError, "indices must be integers or slices, not %.200s",
                 Py_TYPE(key)->tp_name);
    return NULL;
}

static PyMappingMethods vector_as_mapping = {
    .mp_length = (lenfunc)vector_len,
    .mp_subscript = (binaryfunc)vector_subscript,
};

/* Buffer protocol: a read-only view of the longs. */
static int
vector_getbuffer(VectorObject *self, Py_buffer *view, int flags)
{
    if (flags & PyBUF_WRITABLE) {
        PyErr_SetString(PyExc_BufferError, "Vector buffers are read-only");
        view->obj = NULL;
        return -1;
    }
    view->obj = Py_NewRef((PyObject *)self);
    view->buf = self->values;
    view->len = self->length * (Py_ssize_t)sizeof(long);
    view->itemsize = sizeof(long);
    view->readonly = 1;
    view->ndim = 1;
    view->format = (flags & PyBUF_FORMAT) ? "l" : NULL;
    view->shape = (flags & PyBUF_ND) ? &self->length : NULL;
    view->strides = (flags & PyBUF_STRIDES) == PyBUF_STRIDES ? &view->itemsize : NULL;
    view->suboffsets = NULL;
    view->internal = NULL;
    self->exports++;
    return 0;
}

static void
vector_releasebuffer(VectorObject *self, Py_buffer *view)
{
    self->exports--;
}

static PyBufferProcs vector_as_buffer = {
    .bf_getbuffer = (getbufferproc)vector_getbuffer,
    .bf_releasebuffer = (releasebufferproc)vector_releasebuffer,
};

static PyObject *
vector_richcompare(PyObject *a, PyObject *b, int op)
{
    if (!Vector_Check(a) || !Vector_Check(b)) {
        Py_RETURN_NOTIMPLEMENTED;
    }
    Py_RETURN_RICHCOMPARE(((VectorObject *)a)->length, ((VectorObject *)b)->length, op);
}

static Py_hash_t
vector_hash(VectorObject *self)
{
    Py_hash_t h = (Py_hash_t)self->length * _PyHASH_MULTIPLIER;
    return h == -1 ? -2 : h;
}

/* Methods with each calling convention. */
static PyObject *
vector_sum(VectorObject *self, PyObject *Py_UNUSED(ignored))
{
    long total = 0;
    Py_ssize_t i;
    for (i = 0; i < self->length; i++) {
        total += self->values[i];
    }
    return PyFloat_FromDouble((double)total * self->scale);
}

static PyObject *
vector_fill(VectorObject *self, PyObject *arg)
{
    long v = PyLong_AsLong(arg);
    Py_ssize_t i;
    if (v == -1 && PyErr_Occurred()) {
        return NULL;
    }
    for (i = 0; i < self->length; i++) {
        self->values[i] = v;
    }
    Py_RETURN_NONE;
}

static PyObject *
vector_set(VectorObject *self, PyObject *args)
{
    Py_ssize_t i;
    long v;
    if (!PyArg_ParseTuple(args, "nl:set", &i, &v)) {
        return NULL;
    }
    if (vector_ass_item(self, i, PyTuple_GET_ITEM(args, 1)) < 0) {
        return NULL;
    }
    return Py_BuildValue("(nl)", i, v);
}

static PyObject *
vector_describe(VectorObject *self, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"verbose", NULL};
    int verbose = 0;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "|p:describe", kwlist, &verbose)) {
        return NULL;
    }
    if (verbose) {
        return Py_BuildValue("{s:n,s:d,s:O}", "length", self->length, "scale",
                             self->scale, "label", self->label ? self->label : Py_None);
    }
    return PyUnicode_FromString("Vector");
}

static PyObject *
vector_zeros(PyTypeObject *cls, PyObject *arg)
{
    return PyObject_CallOneArg((PyObject *)cls, arg);
}

static PyObject *
vector_version(PyObject *Py_UNUSED(unused), PyObject *Py_UNUSED(args))
{
    return PyLong_FromUnsignedLong(PY_VERSION_HEX);
}

static PyMethodDef vector_methods[] = {
    {"sum", (PyCFunction)vector_sum, METH_NOARGS, PyDoc_STR("Sum of the items times scale.")},
    {"fill", (PyCFunction)vector_fill, METH_O, NULL},
    {"set", (PyCFunction)vector_set, METH_VARARGS, NULL},
    {"describe", _PyCFunction_CAST(vector_describe), METH_VARARGS | METH_KEYWORDS, NULL},
    {"zeros", (PyCFunction)vector_zeros, METH_O | METH_CLASS, NULL},
    {"version", vector_version, METH_NOARGS | METH_STATIC, NULL},
    {NULL, NULL, 0, NULL}
};

static PyMemberDef vector_members[] = {
    {"scale", T_DOUBLE, offsetof(VectorObject, scale), 0, "scale factor"},
    {"length", T_PYSSIZET, offsetof(VectorObject, length), READONLY, NULL},
    {"label", T_OBJECT, offsetof(VectorObject, label), 0, NULL},
    {"__weaklistoffset__", T_PYSSIZET, offsetof(VectorObject, weakrefs), READONLY, NULL},
    {NULL, 0, 0, 0, NULL}
};

static PyObject *
vector_get_first(VectorObject *self, void *closure)
{
    if (self->length == 0) {
        Py_RETURN_NONE;
    }
    return PyLong_FromLong(self->values[0]);
}

static int
vector_set_first(VectorObject *self, PyObject *value, void *closure)
{
    return vector_ass_item(self, 0, value);
}

static PyGetSetDef vector_getset[] = {
    {"first", (getter)vector_get_first, (setter)vector_set_first, "first item", NULL},
    {NULL, NULL, NULL, NULL, NULL}
};

typedef struct {
    PyObject_HEAD
    VectorObject *vector;
    Py_ssize_t index;
} VectorIterObject;

static PyTypeObject VectorIter_Type;

static PyObject *
vector_iter(VectorObject *self)
{
    VectorIterObject *it = PyObject_GC_New(VectorIterObject, &VectorIter_Type);
    if (it == NULL) {
        return NULL;
    }
    it->vector = (VectorObject *)Py_NewRef(self);
    it->index = 0;
    PyObject_GC_Track(it);
    return (PyObject *)it;
}

static PyObject *
vectoriter_next(VectorIterObject *it)
{
    if (it->vector == NULL || it->index >= it->vector->length) {
        Py_CLEAR(it->vector);
        return NULL;
    }
    return PyLong_FromLong(it->vector->values[it->index++]);
}

static int
vectoriter_traverse(VectorIterObject *it, visitproc visit, void *arg)
{
    Py_VISIT(it->vector);
    return 0;
}

static void
vectoriter_dealloc(VectorIterObject *it)
{
    PyObject_GC_UnTrack(it);
    Py_XDECREF(it->vector);
    PyObject_GC_Del(it);
}

static PyTypeObject VectorIter_Type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "static_type.VectorIterator",
    .tp_basicsize = sizeof(VectorIterObject),
    .tp_dealloc = (destructor)vectoriter_dealloc,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_traverse = (traverseproc)vectoriter_traverse,
    .tp_iter = PyObject_SelfIter,
    .tp_iternext = (iternextfunc)vectoriter_next,
};

static PyTypeObject Vector_Type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    "static_type.Vector",                       /* tp_name */
    sizeof(VectorObject),                       /* tp_basicsize */
    0,                                          /* tp_itemsize */
    (destructor)vector_dealloc,                 /* tp_dealloc */
    0,                                          /* tp_vectorcall_offset */
    0,                                          /* tp_getattr */
    0,                                          /* tp_setattr */
    0,                                          /* tp_as_async */
    (reprfunc)vector_repr,                      /* tp_repr */
    &vector_as_number,                          /* tp_as_number */
    &vector_as_sequence,                        /* tp_as_sequence */
    &vector_as_mapping,                         /* tp_as_mapping */
    (hashfunc)vector_hash,                      /* tp_hash */
    0,                                          /* tp_call */
    0,                                          /* tp_str */
    PyObject_GenericGetAttr,                    /* tp_getattro */
    PyObject_GenericSetAttr,                    /* tp_setattro */
    &vector_as_buffer,                          /* tp_as_buffer */
    Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_GC
        | Py_TPFLAGS_SEQUENCE,                  /* tp_flags */
    "Vector(length=0, scale=1.0, label=None)",  /* tp_doc */
    (traverseproc)vector_traverse,              /* tp_traverse */
    (inquiry)vector_clear,                      /* tp_clear */
    vector_richcompare,                         /* tp_richcompare */
    offsetof(VectorObject, weakrefs),           /* tp_weaklistoffset */
    (getiterfunc)vector_iter,                   /* tp_iter */
    0,                                          /* tp_iternext */
    vector_methods,                             /* tp_methods */
    vector_members,                             /* tp_members */
    vector_getset,                              /* tp_getset */
    0,                                          /* tp_base */
    0,                                          /* tp_dict */
    0,                                          /* tp_descr_get */
    0,                                          /* tp_descr_set */
    0,                                          /* tp_dictoffset */
    0,                                          /* tp_init */
    PyType_GenericAlloc,                        /* tp_alloc */
    vector_new,                                 /* tp_new */
    PyObject_GC_Del,                            /* tp_free */
    0, 0, 0, 0, 0, 0, 0, 0, 0,                  /* tp_is_gc .. tp_finalize */
    0,                                          /* tp_vectorcall */
};

static PyObject *StaticError;

static PyObject *
module_fail(PyObject *module, PyObject *args)
{
    const char *message;
    Py_ssize_t size;
    if (!PyArg_ParseTuple(args, "s#", &message, &size)) {
        return NULL;
    }
    PyErr_SetObject(StaticError, PyUnicode_FromStringAndSize(message, size));
    return NULL;
}

static PyMethodDef module_methods[] = {
    {"fail", module_fail, METH_VARARGS, "Raise static_type.Error."},
    {NULL, NULL, 0, NULL}
};

static struct PyModuleDef static_type_module = {
    PyModuleDef_HEAD_INIT,
    "static_type",
    "A module with statically allocated types.",
    -1,
    module_methods,
    NULL, NULL, NULL, NULL
};

PyMODINIT_FUNC
PyInit_static_type(void)
{
    PyObject *m;
    if (PyType_Ready(&Vector_Type) < 0 || PyType_Ready(&VectorIter_Type) < 0) {
        return NULL;
    }
    m = PyModule_Create(&static_type_module);
    if (m == NULL) {
        return NULL;
    }
    StaticError = PyErr_NewExceptionWithDoc("static_type.Error", "Module error.",
                                            PyExc_RuntimeError, NULL);
    if (StaticError == NULL
        || PyModule_AddObjectRef(m, "Error", StaticError) < 0
        || PyModule_AddType(m, &Vector_Type) < 0
        || PyModule_AddIntMacro(m, PY_MINOR_VERSION) < 0
        || PyModule_AddStringConstant(m, "build", Py_GetVersion()) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
