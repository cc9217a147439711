/* The buffer protocol: a type exporting its memory through bf_getbuffer /
 * bf_releasebuffer (export count observable, readonly flag, format/shape/
 * strides for a 2-D int array), memoryview over it (PyMemoryView_FromObject,
 * FromMemory, GET_BUFFER), PyObject_GetBuffer on bytes/bytearray/array with
 * several flags, PyBuffer_IsContiguous/ToContiguous/FillInfo, and
 * PyObject_CheckBuffer. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

typedef struct {
    PyObject_HEAD
    int data[6];
    Py_ssize_t shape[2];
    Py_ssize_t strides[2];
    int exports;
    int readonly;
} GridObject;

static int
grid_getbuffer(PyObject *self, Py_buffer *view, int flags)
{
    GridObject *g = (GridObject *)self;
    if ((flags & PyBUF_WRITABLE) && g->readonly) {
        PyErr_SetString(PyExc_BufferError, "grid is read-only");
        view->obj = NULL;
        return -1;
    }
    view->obj = Py_NewRef(self);
    view->buf = g->data;
    view->len = sizeof(g->data);
    view->readonly = g->readonly;
    view->itemsize = sizeof(int);
    view->format = (flags & PyBUF_FORMAT) ? "i" : NULL;
    view->ndim = (flags & PyBUF_ND) ? 2 : 1;
    view->shape = (flags & PyBUF_ND) ? g->shape : NULL;
    view->strides = (flags & PyBUF_STRIDES) == PyBUF_STRIDES ? g->strides : NULL;
    view->suboffsets = NULL;
    view->internal = NULL;
    g->exports++;
    return 0;
}

static void
grid_releasebuffer(PyObject *self, Py_buffer *view)
{
    ((GridObject *)self)->exports--;
}

static PyBufferProcs grid_as_buffer = {grid_getbuffer, grid_releasebuffer};

static PyObject *
grid_new(PyTypeObject *type, PyObject *args, PyObject *kwargs)
{
    int readonly = 0;
    if (!PyArg_ParseTuple(args, "|p", &readonly))
        return NULL;
    GridObject *g = (GridObject *)type->tp_alloc(type, 0);
    if (g == NULL)
        return NULL;
    for (int i = 0; i < 6; i++)
        g->data[i] = i * 11;
    g->shape[0] = 2;
    g->shape[1] = 3;
    g->strides[0] = 3 * sizeof(int);
    g->strides[1] = sizeof(int);
    g->readonly = readonly;
    return (PyObject *)g;
}

static PyObject *
grid_exports(PyObject *self, PyObject *unused)
{
    return PyLong_FromLong(((GridObject *)self)->exports);
}

static PyObject *
grid_values(PyObject *self, PyObject *unused)
{
    GridObject *g = (GridObject *)self;
    return Py_BuildValue("[iiiiii]", g->data[0], g->data[1], g->data[2], g->data[3], g->data[4], g->data[5]);
}

static PyMethodDef grid_methods[] = {
    {"exports", grid_exports, METH_NOARGS, NULL},
    {"values", grid_values, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static PyTypeObject Grid_Type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "buffer_export.Grid",
    .tp_basicsize = sizeof(GridObject),
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_new = grid_new,
    .tp_as_buffer = &grid_as_buffer,
    .tp_methods = grid_methods,
};

static PyObject *
describe(PyObject *self, PyObject *args)
{
    PyObject *o;
    int flags;
    if (!PyArg_ParseTuple(args, "Oi", &o, &flags))
        return NULL;
    Py_buffer view;
    if (PyObject_GetBuffer(o, &view, flags) < 0)
        return NULL;
    PyObject *shape = Py_None, *strides = Py_None;
    Py_INCREF(shape);
    Py_INCREF(strides);
    if (view.shape) {
        Py_DECREF(shape);
        shape = PyTuple_New(view.ndim);
        for (int i = 0; i < view.ndim; i++)
            PyTuple_SET_ITEM(shape, i, PyLong_FromSsize_t(view.shape[i]));
    }
    if (view.strides) {
        Py_DECREF(strides);
        strides = PyTuple_New(view.ndim);
        for (int i = 0; i < view.ndim; i++)
            PyTuple_SET_ITEM(strides, i, PyLong_FromSsize_t(view.strides[i]));
    }
    PyObject *r = Py_BuildValue("(nnisiNNiiO)", view.len, view.itemsize, view.readonly,
                                view.format ? view.format : "(null)", view.ndim, shape, strides,
                                PyBuffer_IsContiguous(&view, 'C'), PyBuffer_IsContiguous(&view, 'F'),
                                view.obj == o ? Py_True : Py_False);
    PyBuffer_Release(&view);
    return r;
}

static PyObject *
to_contiguous(PyObject *self, PyObject *o)
{
    Py_buffer view;
    if (PyObject_GetBuffer(o, &view, PyBUF_FULL_RO) < 0)
        return NULL;
    PyObject *b = PyBytes_FromStringAndSize(NULL, view.len);
    if (b && PyBuffer_ToContiguous(PyBytes_AS_STRING(b), &view, view.len, 'C') < 0)
        Py_CLEAR(b);
    PyBuffer_Release(&view);
    return b;
}

static PyObject *
check_buffer(PyObject *self, PyObject *o)
{
    return PyBool_FromLong(PyObject_CheckBuffer(o));
}

static char static_memory[8] = "static!";

static PyObject *
from_memory(PyObject *self, PyObject *writable)
{
    return PyMemoryView_FromMemory(static_memory, 7, PyObject_IsTrue(writable) ? PyBUF_WRITE : PyBUF_READ);
}

static PyObject *
memory_contents(PyObject *self, PyObject *unused)
{
    return PyBytes_FromString(static_memory);
}

static PyObject *
view_of(PyObject *self, PyObject *o)
{
    PyObject *mv = PyMemoryView_FromObject(o);
    if (mv == NULL)
        return NULL;
    Py_buffer *b = PyMemoryView_GET_BUFFER(mv);
    PyObject *r = Py_BuildValue("(Nni)", mv, b->len, PyMemoryView_Check(mv));
    return r;
}

static PyObject *
fill_info(PyObject *self, PyObject *unused)
{
    static char data[] = "filled";
    Py_buffer view;
    if (PyBuffer_FillInfo(&view, NULL, data, 6, 1, PyBUF_CONTIG_RO) < 0)
        return NULL;
    PyObject *mv = PyMemoryView_FromBuffer(&view);
    if (mv == NULL)
        return NULL;
    PyObject *bytes = PyObject_CallMethod(mv, "tobytes", NULL);
    PyObject *r = Py_BuildValue("(NO)", bytes, PyObject_GetAttrString(mv, "readonly"));
    Py_DECREF(mv);
    int bad = PyBuffer_FillInfo(&view, NULL, data, 6, 1, PyBUF_WRITABLE);
    PyObject *err = bad < 0 ? PyErr_Occurred() : NULL;
    PyObject *out = Py_BuildValue("(NiO)", r, bad, err ? err : Py_None);
    PyErr_Clear();
    return out;
}

static PyMethodDef methods[] = {
    {"describe", describe, METH_VARARGS, NULL},
    {"to_contiguous", to_contiguous, METH_O, NULL},
    {"check_buffer", check_buffer, METH_O, NULL},
    {"from_memory", from_memory, METH_O, NULL},
    {"memory_contents", memory_contents, METH_NOARGS, NULL},
    {"view_of", view_of, METH_O, NULL},
    {"fill_info", fill_info, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "buffer_export",
    .m_size = -1,
    .m_methods = methods,
};

PyMODINIT_FUNC
PyInit_buffer_export(void)
{
    if (PyType_Ready(&Grid_Type) < 0)
        return NULL;
    PyObject *m = PyModule_Create(&module);
    if (m == NULL)
        return NULL;
    if (PyModule_AddObjectRef(m, "Grid", (PyObject *)&Grid_Type) < 0 ||
        PyModule_AddIntConstant(m, "SIMPLE", PyBUF_SIMPLE) < 0 ||
        PyModule_AddIntConstant(m, "WRITABLE", PyBUF_WRITABLE) < 0 ||
        PyModule_AddIntConstant(m, "FORMAT", PyBUF_FORMAT) < 0 ||
        PyModule_AddIntConstant(m, "ND", PyBUF_ND) < 0 ||
        PyModule_AddIntConstant(m, "STRIDES", PyBUF_STRIDES) < 0 ||
        PyModule_AddIntConstant(m, "FULL_RO", PyBUF_FULL_RO) < 0 ||
        PyModule_AddIntConstant(m, "RECORDS", PyBUF_RECORDS) < 0)
        return NULL;
    return m;
}
