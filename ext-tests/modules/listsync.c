/* Lists and dicts changed on both sides: C keeps references across calls
 * and reads them with the macros after Python changed them; C writes
 * ob_item directly (swaps, PyList_SET_ITEM) and Python sees the writes,
 * including around callbacks into Python; the PyList_* functions. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

static PyObject *kept_list;
static PyObject *kept_dict;

static PyObject *
keep(PyObject *self, PyObject *args)
{
    PyObject *l, *d;
    if (!PyArg_ParseTuple(args, "O!O!", &PyList_Type, &l, &PyDict_Type, &d))
        return NULL;
    Py_XSETREF(kept_list, Py_NewRef(l));
    Py_XSETREF(kept_dict, Py_NewRef(d));
    Py_RETURN_NONE;
}

/* What the macros read from the kept list and dict now. */
static PyObject *
peek(PyObject *self, PyObject *unused)
{
    PyObject *items = PyTuple_New(PyList_GET_SIZE(kept_list));
    if (items == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < PyList_GET_SIZE(kept_list); i++)
        PyTuple_SET_ITEM(items, i, Py_NewRef(PyList_GET_ITEM(kept_list, i)));
    return Py_BuildValue("(Nn)", items, PyDict_GET_SIZE(kept_dict));
}

/* Reverses the kept list by swapping ob_item entries. */
static PyObject *
swap_kept(PyObject *self, PyObject *unused)
{
    PyObject **a = ((PyListObject *)kept_list)->ob_item;
    Py_ssize_t n = PyList_GET_SIZE(kept_list);
    for (Py_ssize_t i = 0; i < n / 2; i++) {
        PyObject *t = a[i];
        a[i] = a[n - 1 - i];
        a[n - 1 - i] = t;
    }
    Py_RETURN_NONE;
}

/* Rotates `lst` left by one in place, calls `f(lst)`, then replaces item 0
 * with the result of the call: Python must see the rotation inside the
 * callback and the replacement afterwards. */
static PyObject *
rotate_call_set(PyObject *self, PyObject *args)
{
    PyObject *lst, *f;
    if (!PyArg_ParseTuple(args, "O!O", &PyList_Type, &lst, &f))
        return NULL;
    Py_ssize_t n = PyList_GET_SIZE(lst);
    if (n < 1)
        Py_RETURN_NONE;
    PyObject *first = PyList_GET_ITEM(lst, 0);
    for (Py_ssize_t i = 0; i + 1 < n; i++)
        PyList_SET_ITEM(lst, i, PyList_GET_ITEM(lst, i + 1));
    PyList_SET_ITEM(lst, n - 1, first);
    PyObject *r = PyObject_CallOneArg(f, lst);
    if (r == NULL)
        return NULL;
    /* The callback may have resized the list: read the size again. */
    if (PyList_GET_SIZE(lst) > 0) {
        PyObject *old = PyList_GET_ITEM(lst, 0);
        PyList_SET_ITEM(lst, 0, r);
        Py_DECREF(old);
    }
    else {
        Py_DECREF(r);
    }
    Py_RETURN_NONE;
}

/* Writes into the inner lists of a list of lists. */
static PyObject *
bump_inner(PyObject *self, PyObject *outer)
{
    for (Py_ssize_t i = 0; i < PyList_GET_SIZE(outer); i++) {
        PyObject *inner = PyList_GET_ITEM(outer, i);
        if (!PyList_Check(inner) || PyList_GET_SIZE(inner) == 0)
            continue;
        PyObject *v = PyNumber_Add(PyList_GET_ITEM(inner, 0), PyList_GET_ITEM(outer, 0) == inner ? Py_True : Py_False);
        if (v == NULL)
            return NULL;
        PyObject *old = PyList_GET_ITEM(inner, 0);
        PyList_SET_ITEM(inner, 0, v);
        Py_DECREF(old);
    }
    Py_RETURN_NONE;
}

/* The PyList_* functions, with macro reads in between. */
static PyObject *
api_mix(PyObject *self, PyObject *lst)
{
    for (int i = 0; i < 5; i++) {
        PyObject *v = PyLong_FromLong(i * 10);
        if (v == NULL || PyList_Append(lst, v) < 0)
            return NULL;
        Py_DECREF(v);
    }
    PyObject *s = PyUnicode_FromString("ins");
    if (s == NULL || PyList_Insert(lst, 1, s) < 0 || PyList_Insert(lst, -100, s) < 0 ||
        PyList_Insert(lst, 1000, s) < 0)
        return NULL;
    Py_DECREF(s);
    PyObject *mid = PyList_GetSlice(lst, 2, 5);
    if (mid == NULL)
        return NULL;
    if (PyList_SetSlice(lst, 0, 1, NULL) < 0 || PyList_Reverse(lst) < 0)
        return NULL;
    PyObject *t = PyList_AsTuple(lst);
    if (t == NULL)
        return NULL;
    if (PyList_SetSlice(lst, 1, 3, mid) < 0 || PyList_SetSlice(lst, 0, 0, lst) < 0)
        return NULL;
    PyObject *last = PyList_GET_ITEM(lst, PyList_GET_SIZE(lst) - 1);
    PyObject *r = Py_BuildValue("(NNOn)", mid, t, last, PyList_GET_SIZE(lst));
    return r;
}

/* Builds a list with PyList_Append only. */
static PyObject *
build_by_append(PyObject *self, PyObject *arg)
{
    long n = PyLong_AsLong(arg);
    if (n == -1 && PyErr_Occurred())
        return NULL;
    PyObject *l = PyList_New(0);
    for (long i = 0; i < n; i++) {
        PyObject *v = PyLong_FromLong(i);
        if (v == NULL || PyList_Append(l, v) < 0) {
            Py_DECREF(l);
            return NULL;
        }
        Py_DECREF(v);
    }
    return l;
}

static PyObject *
errors(PyObject *self, PyObject *lst)
{
    PyObject *res = PyList_New(0);
    PyObject *probes[3];
    probes[0] = PyList_GetItem(lst, 99) ? NULL : PyErr_Occurred();
    Py_XINCREF(probes[0]);
    PyErr_Clear();
    probes[1] = PyList_SetItem(lst, -1, Py_NewRef(Py_None)) == 0 ? NULL : PyErr_Occurred();
    Py_XINCREF(probes[1]);
    PyErr_Clear();
    probes[2] = PyList_Append(Py_None, Py_None) == 0 ? NULL : PyErr_Occurred();
    Py_XINCREF(probes[2]);
    PyErr_Clear();
    for (int i = 0; i < 3; i++) {
        PyObject *v = probes[i] ? probes[i] : Py_NewRef(Py_None);
        PyList_Append(res, v);
        Py_DECREF(v);
    }
    return res;
}

static PyMethodDef methods[] = {
    {"keep", keep, METH_VARARGS, NULL},
    {"peek", peek, METH_NOARGS, NULL},
    {"swap_kept", swap_kept, METH_NOARGS, NULL},
    {"rotate_call_set", rotate_call_set, METH_VARARGS, NULL},
    {"bump_inner", bump_inner, METH_O, NULL},
    {"api_mix", api_mix, METH_O, NULL},
    {"build_by_append", build_by_append, METH_O, NULL},
    {"errors", errors, METH_O, NULL},
    {NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, .m_name = "listsync", .m_size = -1, .m_methods = methods,
};

PyMODINIT_FUNC
PyInit_listsync(void)
{
    return PyModule_Create(&module);
}
