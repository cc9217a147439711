/* A stable-ABI (abi3) extension for 3.11: only the limited API, heap
 * types from PyType_FromSpec, and the 3.11 additions to the limited API
 * (Py_buffer and the buffer functions, PyType_GetName). */
#define Py_LIMITED_API 0x030B0000
#define PY_SSIZE_T_CLEAN
#include <Python.h>

typedef struct {
    PyObject_HEAD
    Py_ssize_t size;
    unsigned char *bytes;
} BlobObject;

static PyObject *
blob_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    Py_ssize_t size;
    BlobObject *self;
    allocfunc alloc = (allocfunc)PyType_GetSlot(type, Py_tp_alloc);

    if (!PyArg_ParseTuple(args, "n", &size)) {
        return NULL;
    }
    self = (BlobObject *)alloc(type, 0);
    if (self == NULL) {
        return NULL;
    }
    self->bytes = PyMem_Calloc((size_t)(size ? size : 1), 1);
    if (self->bytes == NULL) {
        Py_DECREF(self);
        return PyErr_NoMemory();
    }
    self->size = size;
    return (PyObject *)self;
}

static void
blob_dealloc(BlobObject *self)
{
    PyTypeObject *tp = Py_TYPE((PyObject *)self);
    freefunc tp_free = (freefunc)PyType_GetSlot(tp, Py_tp_free);
    PyMem_Free(self->bytes);
    tp_free(self);
    Py_DECREF(tp);
}

static int
blob_getbuffer(BlobObject *self, Py_buffer *view, int flags)
{
    return PyBuffer_FillInfo(view, (PyObject *)self, self->bytes, self->size, 0, flags);
}

static Py_ssize_t
blob_length(BlobObject *self)
{
    return self->size;
}

static PyObject *
blob_checksum(BlobObject *self, PyObject *Py_UNUSED(ignored))
{
    unsigned long sum = 0;
    Py_ssize_t i;
    for (i = 0; i < self->size; i++) {
        sum = sum * 31 + self->bytes[i];
    }
    return PyLong_FromUnsignedLong(sum);
}

static PyObject *
blob_describe(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    PyObject *name = PyType_GetName(Py_TYPE(self));
    PyObject *result;
    if (name == NULL) {
        return NULL;
    }
    result = PyUnicode_FromFormat("%U of %zd bytes", name, ((BlobObject *)self)->size);
    Py_DECREF(name);
    return result;
}

static PyMethodDef blob_methods[] = {
    {"checksum", (PyCFunction)blob_checksum, METH_NOARGS, NULL},
    {"describe", blob_describe, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL}
};

static PyType_Slot blob_slots[] = {
    {Py_tp_new, blob_new},
    {Py_tp_dealloc, blob_dealloc},
    {Py_tp_methods, blob_methods},
    {Py_bf_getbuffer, blob_getbuffer},
    {Py_sq_length, blob_length},
    {Py_tp_doc, (void *)"Blob(size)"},
    {0, NULL}
};

static PyType_Spec blob_spec = {
    "limited_abi3.Blob", sizeof(BlobObject), 0,
    Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE, blob_slots
};

static PyObject *
total_size(PyObject *module, PyObject *obj)
{
    Py_buffer view;
    Py_ssize_t len;
    if (PyObject_GetBuffer(obj, &view, PyBUF_SIMPLE) < 0) {
        return NULL;
    }
    len = view.len;
    PyBuffer_Release(&view);
    return PyLong_FromSsize_t(len);
}

static PyObject *
first_item(PyObject *module, PyObject *seq)
{
    if (PyTuple_Check(seq) && PyTuple_Size(seq) > 0) {
        return Py_NewRef(PyTuple_GetItem(seq, 0));
    }
    if (PyList_Check(seq) && PyList_Size(seq) > 0) {
        return Py_NewRef(PyList_GetItem(seq, 0));
    }
    if (PyLong_Check(seq) || PyFloat_Check(seq) || PyUnicode_Check(seq)) {
        return Py_NewRef(seq);
    }
    Py_RETURN_NONE;
}

static PyMethodDef module_methods[] = {
    {"total_size", total_size, METH_O, NULL},
    {"first_item", first_item, METH_O, NULL},
    {NULL, NULL, 0, NULL}
};

static int
module_exec(PyObject *module)
{
    PyObject *type = PyType_FromModuleAndSpec(module, &blob_spec, NULL);
    int rc;
    if (type == NULL) {
        return -1;
    }
    rc = PyModule_AddObjectRef(module, "Blob", type);
    Py_DECREF(type);
    return rc;
}

static PyModuleDef_Slot module_slots[] = {
    {Py_mod_exec, module_exec},
    {0, NULL}
};

static struct PyModuleDef limited_module = {
    PyModuleDef_HEAD_INIT, "limited_abi3", NULL, 0, module_methods, module_slots,
    NULL, NULL, NULL
};

PyMODINIT_FUNC
PyInit_limited_abi3(void)
{
    return PyModuleDef_Init(&limited_module);
}
