/* tuple, list, set and slice APIs: PyTuple_New/SetItem/GetSlice/Pack/
 * _PyTuple_Resize, PyList_Insert/SetSlice/GetSlice/Sort/Reverse/AsTuple,
 * PySet_New/Add/Discard/Contains/Pop/Size/Clear, PyFrozenSet_New, and
 * PySlice_New/Unpack/AdjustIndices/GetIndicesEx. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

static PyObject *
tuples(PyObject *self, PyObject *unused)
{
    PyObject *t = PyTuple_New(3);
    if (t == NULL)
        return NULL;
    for (int i = 0; i < 3; i++)
        PyTuple_SetItem(t, i, PyLong_FromLong(i * 10));
    PyObject *slice = PyTuple_GetSlice(t, 1, 10);
    PyObject *packed = PyTuple_Pack(2, t, Py_None);
    int bad = PyTuple_SetItem(t, 5, PyLong_FromLong(0));
    PyErr_Clear();
    PyObject *grow = PyTuple_New(2);
    PyTuple_SET_ITEM(grow, 0, PyUnicode_FromString("x"));
    PyTuple_SET_ITEM(grow, 1, PyUnicode_FromString("y"));
    if (_PyTuple_Resize(&grow, 3) < 0)
        return NULL;
    PyTuple_SET_ITEM(grow, 2, PyUnicode_FromString("z"));
    return Py_BuildValue("(NNNinO)", t, slice, packed, bad, PyTuple_Size(grow), grow);
}

static PyObject *
lists(PyObject *self, PyObject *l)
{
    if (!PyList_Check(l)) {
        PyErr_SetString(PyExc_TypeError, "want a list");
        return NULL;
    }
    if (PyList_Insert(l, 0, Py_None) < 0 || PyList_Insert(l, 100, Py_True) < 0 ||
        PyList_Insert(l, -1, Py_False) < 0)
        return NULL;
    PyObject *snap1 = PyList_AsTuple(l);
    PyObject *mid = PyList_GetSlice(l, 1, 3);
    PyObject *repl = Py_BuildValue("[ss]", "r1", "r2");
    if (PyList_SetSlice(l, 0, 1, repl) < 0)
        return NULL;
    Py_DECREF(repl);
    PyObject *snap2 = PyList_AsTuple(l);
    if (PyList_SetSlice(l, 0, 2, NULL) < 0)
        return NULL;
    PyObject *snap3 = PyList_AsTuple(l);
    if (PyList_Reverse(l) < 0)
        return NULL;
    PyObject *snap4 = PyList_AsTuple(l);
    return Py_BuildValue("(NNNNN)", snap1, mid, snap2, snap3, snap4);
}

static PyObject *
sort(PyObject *self, PyObject *l)
{
    if (PyList_Sort(l) < 0)
        return NULL;
    return Py_NewRef(l);
}

static PyObject *
sets(PyObject *self, PyObject *iterable)
{
    PyObject *s = PySet_New(iterable);
    if (s == NULL)
        return NULL;
    PyObject *one = PyLong_FromLong(1);
    int added = PySet_Add(s, one);
    int has = PySet_Contains(s, one);
    int discarded = PySet_Discard(s, one);
    int again = PySet_Discard(s, one);
    Py_DECREF(one);
    Py_ssize_t n = PySet_Size(s);
    PyObject *frozen = PyFrozenSet_New(s);
    PyObject *sorted = PySequence_List(s);
    if (sorted)
        PyList_Sort(sorted);
    PyObject *r = Py_BuildValue("(iiiinNNii)", added, has, discarded, again, n, sorted, frozen,
                                PyAnySet_Check(frozen), PyFrozenSet_Check(s));
    PySet_Clear(s);
    Py_DECREF(s);
    return r;
}

static PyObject *
set_pop(PyObject *self, PyObject *s)
{
    return PySet_Pop(s);
}

static PyObject *
set_add_unhashable(PyObject *self, PyObject *s)
{
    PyObject *l = PyList_New(0);
    int r = PySet_Add(s, l);
    Py_DECREF(l);
    if (r < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *
slices(PyObject *self, PyObject *args)
{
    PyObject *start, *stop, *step;
    Py_ssize_t length;
    if (!PyArg_ParseTuple(args, "OOOn", &start, &stop, &step, &length))
        return NULL;
    PyObject *sl = PySlice_New(start, stop, step);
    if (sl == NULL)
        return NULL;
    Py_ssize_t a, b, c;
    if (PySlice_Unpack(sl, &a, &b, &c) < 0) {
        Py_DECREF(sl);
        return NULL;
    }
    Py_ssize_t n = PySlice_AdjustIndices(length, &a, &b, c);
    Py_ssize_t a2, b2, c2, n2;
    if (PySlice_GetIndicesEx(sl, length, &a2, &b2, &c2, &n2) < 0) {
        Py_DECREF(sl);
        return NULL;
    }
    return Py_BuildValue("(N(nnnn)(nnnn)i)", sl, a, b, c, n, a2, b2, c2, n2, PySlice_Check(sl));
}

static PyMethodDef methods[] = {
    {"tuples", tuples, METH_NOARGS, NULL},
    {"lists", lists, METH_O, NULL},
    {"sort", sort, METH_O, NULL},
    {"sets", sets, METH_O, NULL},
    {"set_pop", set_pop, METH_O, NULL},
    {"set_add_unhashable", set_add_unhashable, METH_O, NULL},
    {"slices", slices, METH_VARARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "seq_api",
    .m_size = -1,
    .m_methods = methods,
};

PyMODINIT_FUNC
PyInit_seq_api(void)
{
    return PyModule_Create(&module);
}
