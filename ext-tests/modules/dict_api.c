/* The dict API: SetItem(String)/GetItem(String/WithError)/DelItem,
 * Contains, PyDict_Next (borrowed keys and values in insertion order),
 * SetDefault, Merge/Update/MergeFromSeq2, Copy, Clear, Keys/Values/Items,
 * Size, GetItem swallowing errors vs GetItemWithError raising them,
 * and dict proxies (PyDictProxy_New). */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

static PyObject *
basic(PyObject *self, PyObject *unused)
{
    PyObject *d = PyDict_New();
    if (d == NULL)
        return NULL;
    PyObject *one = PyLong_FromLong(1);
    PyDict_SetItemString(d, "a", one);
    PyDict_SetItem(d, one, one);
    Py_DECREF(one);
    PyDict_SetItemString(d, "b", Py_None);
    int has_a = PyDict_Contains(d, PyUnicode_FromString("a"));
    PyObject *got = PyDict_GetItemString(d, "a");
    PyObject *missing = PyDict_GetItemString(d, "zz");
    Py_ssize_t before = PyDict_Size(d);
    PyDict_DelItemString(d, "b");
    int del_missing = PyDict_DelItemString(d, "b");
    PyObject *exc = PyErr_Occurred() ? (PyObject *)PyErr_Occurred() : Py_None;
    PyObject *r = Py_BuildValue("(OiOOnniO)", d, has_a, got, missing ? missing : Py_Ellipsis, before,
                                PyDict_GET_SIZE(d), del_missing, exc);
    PyErr_Clear();
    Py_DECREF(d);
    return r;
}

static PyObject *
walk(PyObject *self, PyObject *d)
{
    PyObject *out = PyList_New(0);
    Py_ssize_t pos = 0;
    PyObject *k, *v;
    while (PyDict_Next(d, &pos, &k, &v)) {
        PyObject *pair = PyTuple_Pack(2, k, v);
        PyList_Append(out, pair);
        Py_DECREF(pair);
    }
    return out;
}

static PyObject *
setdefault(PyObject *self, PyObject *args)
{
    PyObject *d, *k, *dflt;
    if (!PyArg_ParseTuple(args, "O!OO", &PyDict_Type, &d, &k, &dflt))
        return NULL;
    PyObject *r = PyDict_SetDefault(d, k, dflt);
    return Py_XNewRef(r);
}

static PyObject *
merge(PyObject *self, PyObject *args)
{
    PyObject *a, *b;
    int override;
    if (!PyArg_ParseTuple(args, "O!Oi", &PyDict_Type, &a, &b, &override))
        return NULL;
    PyObject *copy = PyDict_Copy(a);
    if (copy == NULL)
        return NULL;
    if (PyDict_Merge(copy, b, override) < 0) {
        Py_DECREF(copy);
        return NULL;
    }
    return copy;
}

static PyObject *
update_seq2(PyObject *self, PyObject *args)
{
    PyObject *a, *seq;
    if (!PyArg_ParseTuple(args, "O!O", &PyDict_Type, &a, &seq))
        return NULL;
    if (PyDict_MergeFromSeq2(a, seq, 0) < 0)
        return NULL;
    return Py_NewRef(a);
}

static PyObject *
update(PyObject *self, PyObject *args)
{
    PyObject *a, *b;
    if (!PyArg_ParseTuple(args, "O!O", &PyDict_Type, &a, &b))
        return NULL;
    if (PyDict_Update(a, b) < 0)
        return NULL;
    return Py_NewRef(a);
}

static PyObject *
views(PyObject *self, PyObject *d)
{
    return Py_BuildValue("(NNN)", PyDict_Keys(d), PyDict_Values(d), PyDict_Items(d));
}

static PyObject *
lookup(PyObject *self, PyObject *args)
{
    PyObject *d, *k;
    if (!PyArg_ParseTuple(args, "OO", &d, &k))
        return NULL;
    PyObject *quiet = PyDict_GetItem(d, k);
    int quiet_err = PyErr_Occurred() != NULL;
    PyObject *loud = PyDict_GetItemWithError(d, k);
    if (loud == NULL && PyErr_Occurred())
        return NULL;
    return Py_BuildValue("(OiO)", quiet ? quiet : Py_Ellipsis, quiet_err, loud ? loud : Py_Ellipsis);
}

static PyObject *
clear(PyObject *self, PyObject *d)
{
    PyDict_Clear(d);
    return PyLong_FromSsize_t(PyDict_Size(d));
}

static PyObject *
proxy(PyObject *self, PyObject *d)
{
    return PyDictProxy_New(d);
}

static PyObject *
set_unhashable(PyObject *self, PyObject *d)
{
    PyObject *key = PyList_New(0);
    int r = PyDict_SetItem(d, key, Py_None);
    Py_DECREF(key);
    if (r < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyMethodDef methods[] = {
    {"basic", basic, METH_NOARGS, NULL},
    {"walk", walk, METH_O, NULL},
    {"setdefault", setdefault, METH_VARARGS, NULL},
    {"merge", merge, METH_VARARGS, NULL},
    {"update_seq2", update_seq2, METH_VARARGS, NULL},
    {"update", update, METH_VARARGS, NULL},
    {"views", views, METH_O, NULL},
    {"lookup", lookup, METH_VARARGS, NULL},
    {"clear", clear, METH_O, NULL},
    {"proxy", proxy, METH_O, NULL},
    {"set_unhashable", set_unhashable, METH_O, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "dict_api",
    .m_size = -1,
    .m_methods = methods,
};

PyMODINIT_FUNC
PyInit_dict_api(void)
{
    return PyModule_Create(&module);
}
