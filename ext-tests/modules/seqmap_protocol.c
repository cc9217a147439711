/* The sequence and mapping protocols from C: PySequence_* (Check, Size,
 * GetItem with negative indexes, SetItem, DelItem, slices, Concat, Repeat,
 * Contains, Index, Count, List, Tuple, Fast and its macros) and
 * PyMapping_* (Check, Size, Get/Set/DelItem(String), HasKey(String), Keys,
 * Values, Items), plus PyObject_GetItem/SetItem/DelItem. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

static PyObject *
err_name(void)
{
    PyObject *t, *v, *tb;
    PyErr_Fetch(&t, &v, &tb);
    PyObject *r = PyUnicode_FromString(t ? ((PyTypeObject *)t)->tp_name : "no error");
    Py_XDECREF(t);
    Py_XDECREF(v);
    Py_XDECREF(tb);
    return r;
}

static PyObject *
or_err(PyObject *r)
{
    return r ? r : err_name();
}

static PyObject *
int_or_err(Py_ssize_t n)
{
    if (n == -1 && PyErr_Occurred())
        return err_name();
    return PyLong_FromSsize_t(n);
}

static PyObject *
seq_read(PyObject *self, PyObject *s)
{
    PyObject *one = PyLong_FromLong(1);
    PyObject *r = Py_BuildValue("(iNNNNNNNNNNN)", PySequence_Check(s), int_or_err(PySequence_Size(s)),
                                or_err(PySequence_GetItem(s, 0)), or_err(PySequence_GetItem(s, -1)),
                                or_err(PySequence_GetItem(s, 99)), or_err(PySequence_GetSlice(s, 1, -1)),
                                or_err(PySequence_Concat(s, s)), or_err(PySequence_Repeat(s, 2)),
                                int_or_err(PySequence_Contains(s, one)), int_or_err(PySequence_Index(s, one)),
                                int_or_err(PySequence_Count(s, one)), or_err(PySequence_Tuple(s)));
    Py_DECREF(one);
    return r;
}

static PyObject *
seq_write(PyObject *self, PyObject *s)
{
    PyObject *x = PyUnicode_FromString("x");
    PyObject *a = int_or_err(PySequence_SetItem(s, 0, x));
    PyObject *b = int_or_err(PySequence_SetItem(s, -1, x));
    PyObject *c = int_or_err(PySequence_DelItem(s, 1));
    PyObject *repl = Py_BuildValue("(ss)", "s1", "s2");
    PyObject *d = int_or_err(PySequence_SetSlice(s, 0, 1, repl));
    PyObject *e = int_or_err(PySequence_DelSlice(s, -1, 100));
    PyObject *f = or_err(PySequence_InPlaceConcat(s, repl));
    PyObject *g = or_err(PySequence_InPlaceRepeat(s, 1));
    Py_DECREF(x);
    Py_DECREF(repl);
    return Py_BuildValue("(NNNNNNNO)", a, b, c, d, e, f, g, s);
}

static PyObject *
fast(PyObject *self, PyObject *o)
{
    PyObject *f = PySequence_Fast(o, "fast wants an iterable");
    if (f == NULL)
        return NULL;
    Py_ssize_t n = PySequence_Fast_GET_SIZE(f);
    PyObject **items = PySequence_Fast_ITEMS(f);
    PyObject *out = PyList_New(n);
    for (Py_ssize_t i = 0; i < n; i++)
        PyList_SET_ITEM(out, i, Py_NewRef(items[n - 1 - i]));
    PyObject *first = n ? PySequence_Fast_GET_ITEM(f, 0) : Py_None;
    PyObject *r = Py_BuildValue("(NOO)", out, first, f == o ? Py_True : Py_False);
    Py_DECREF(f);
    return r;
}

static PyObject *
to_list(PyObject *self, PyObject *o)
{
    return PySequence_List(o);
}

static PyObject *
map_ops(PyObject *self, PyObject *m)
{
    PyObject *k = PyUnicode_FromString("k");
    PyObject *v = PyLong_FromLong(10);
    PyObject *set = int_or_err(PyMapping_SetItemString(m, "k", v));
    PyObject *got = or_err(PyMapping_GetItemString(m, "k"));
    PyObject *got2 = or_err(PyObject_GetItem(m, k));
    int has = PyMapping_HasKeyString(m, "k");
    int has2 = PyMapping_HasKey(m, v);
    PyObject *size = int_or_err(PyMapping_Size(m));
    PyObject *keys = or_err(PyMapping_Keys(m));
    PyObject *values = or_err(PyMapping_Values(m));
    PyObject *items = or_err(PyMapping_Items(m));
    PyObject *del = int_or_err(PyMapping_DelItemString(m, "k"));
    PyObject *del2 = int_or_err(PyObject_DelItem(m, k));
    PyObject *missing = or_err(PyMapping_GetItemString(m, "k"));
    Py_DECREF(k);
    Py_DECREF(v);
    return Py_BuildValue("(iNNNiiNNNNNNN)", PyMapping_Check(m), set, got, got2, has, has2, size, keys, values,
                         items, del, del2, missing);
}

static PyObject *
set_item(PyObject *self, PyObject *args)
{
    PyObject *o, *k, *v;
    if (!PyArg_ParseTuple(args, "OOO", &o, &k, &v))
        return NULL;
    if (PyObject_SetItem(o, k, v) < 0)
        return NULL;
    return Py_NewRef(o);
}

static PyMethodDef methods[] = {
    {"seq_read", seq_read, METH_O, NULL},
    {"seq_write", seq_write, METH_O, NULL},
    {"fast", fast, METH_O, NULL},
    {"to_list", to_list, METH_O, NULL},
    {"map_ops", map_ops, METH_O, NULL},
    {"set_item", set_item, METH_VARARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "seqmap_protocol",
    .m_size = -1,
    .m_methods = methods,
};

PyMODINIT_FUNC
PyInit_seqmap_protocol(void)
{
    return PyModule_Create(&module);
}
