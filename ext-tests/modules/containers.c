/* Lists, tuples and dicts built and mutated from both sides: C-built with
 * the SET_ITEM macros, mutated by the API, read by macros after Python
 * code changed them. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

static PyObject *
make_list(PyObject *self, PyObject *arg)
{
    Py_ssize_t n = PyLong_AsSsize_t(arg);
    if (n < 0 && PyErr_Occurred())
        return NULL;
    PyObject *l = PyList_New(n);
    for (Py_ssize_t i = 0; i < n; i++)
        PyList_SET_ITEM(l, i, PyLong_FromSsize_t(i * i));
    return l;
}

static PyObject *
make_tuple(PyObject *self, PyObject *arg)
{
    PyObject *t = PyTuple_New(3);
    PyTuple_SET_ITEM(t, 0, Py_NewRef(arg));
    PyTuple_SET_ITEM(t, 1, PyUnicode_FromString("mid"));
    PyTuple_SetItem(t, 2, PyFloat_FromDouble(0.25));
    return t;
}

/* Appends to the caller's list, then reads it back through the macros. */
static PyObject *
append_and_read(PyObject *self, PyObject *args)
{
    PyObject *list, *item;
    if (!PyArg_ParseTuple(args, "O!O", &PyList_Type, &list, &item))
        return NULL;
    if (PyList_Append(list, item) < 0 || PyList_Insert(list, 0, item) < 0)
        return NULL;
    Py_ssize_t n = PyList_GET_SIZE(list);
    PyObject *out = PyList_New(0);
    for (Py_ssize_t i = 0; i < n; i++)
        PyList_Append(out, PyList_GET_ITEM(list, i));
    return out;
}

/* Python code changes the list while C holds it; the macros see it. */
static PyObject *
mutate_via_callback(PyObject *self, PyObject *args)
{
    PyObject *list, *callback;
    if (!PyArg_ParseTuple(args, "O!O", &PyList_Type, &list, &callback))
        return NULL;
    Py_ssize_t before = PyList_GET_SIZE(list);
    PyObject *r = PyObject_CallOneArg(callback, list);
    if (r == NULL)
        return NULL;
    Py_DECREF(r);
    Py_ssize_t after = PyList_GET_SIZE(list);
    PyObject *last = after ? PyList_GET_ITEM(list, after - 1) : Py_None;
    return Py_BuildValue("(nnO)", before, after, last);
}

static PyObject *
set_items(PyObject *self, PyObject *list)
{
    for (Py_ssize_t i = 0; i < PyList_Size(list); i++) {
        if (PyList_SetItem(list, i, PyLong_FromSsize_t(-i)) < 0)
            return NULL;
    }
    if (PyList_Reverse(list) < 0)
        return NULL;
    return PyList_AsTuple(list);
}

static PyObject *
dict_ops(PyObject *self, PyObject *dict)
{
    if (PyDict_SetItemString(dict, "c_key", PyLong_FromLong(1)) < 0)
        return NULL;
    Py_ssize_t size = PyDict_GET_SIZE(dict);
    PyObject *key = PyUnicode_FromString("drop");
    int had = PyDict_Contains(dict, key);
    if (had == 1 && PyDict_DelItem(dict, key) < 0)
        return NULL;
    Py_DECREF(key);
    PyObject *pairs = PyList_New(0);
    Py_ssize_t pos = 0;
    PyObject *k, *v;
    while (PyDict_Next(dict, &pos, &k, &v)) {
        PyObject *pair = PyTuple_Pack(2, k, v);
        PyList_Append(pairs, pair);
        Py_DECREF(pair);
    }
    return Py_BuildValue("(niNn)", size, had, pairs, PyDict_GET_SIZE(dict));
}

static PyObject *
dict_after_callback(PyObject *self, PyObject *args)
{
    PyObject *dict, *callback;
    if (!PyArg_ParseTuple(args, "O!O", &PyDict_Type, &dict, &callback))
        return NULL;
    Py_ssize_t before = PyDict_GET_SIZE(dict);
    PyObject *r = PyObject_CallFunctionObjArgs(callback, dict, NULL);
    if (r == NULL)
        return NULL;
    Py_DECREF(r);
    return Py_BuildValue("(nnO)", before, PyDict_GET_SIZE(dict), PyDict_GetItemString(dict, "new"));
}

static PyObject *
tuple_slice(PyObject *self, PyObject *t)
{
    return Py_BuildValue("(NNn)", PyTuple_GetSlice(t, 1, 3), PySequence_List(t), PyTuple_GET_SIZE(t));
}

static PyMethodDef methods[] = {
    {"make_list", make_list, METH_O, NULL},
    {"make_tuple", make_tuple, METH_O, NULL},
    {"append_and_read", append_and_read, METH_VARARGS, NULL},
    {"mutate_via_callback", mutate_via_callback, METH_VARARGS, NULL},
    {"set_items", set_items, METH_O, NULL},
    {"dict_ops", dict_ops, METH_O, NULL},
    {"dict_after_callback", dict_after_callback, METH_VARARGS, NULL},
    {"tuple_slice", tuple_slice, METH_O, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "containers", NULL, -1, methods, NULL, NULL, NULL, NULL,
};

PyMODINIT_FUNC
PyInit_containers(void)
{
    return PyModule_Create(&module);
}
