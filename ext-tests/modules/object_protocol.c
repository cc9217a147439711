/* The object protocol: Get/Set/Has/DelAttr(String), GenericGetAttr,
 * Repr/Str/ASCII/Bytes, RichCompare(Bool), Hash (and HashNotImplemented),
 * IsTrue/Not, Type, Size/Length, IsInstance/IsSubclass (with
 * __instancecheck__), Dir, GetIter, SelfIter, Format, CallableCheck. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

static PyObject *
attrs(PyObject *self, PyObject *args)
{
    PyObject *o, *name, *value;
    if (!PyArg_ParseTuple(args, "OUO", &o, &name, &value))
        return NULL;
    int had = PyObject_HasAttr(o, name);
    if (PyObject_SetAttr(o, name, value) < 0)
        return NULL;
    PyObject *got = PyObject_GetAttr(o, name);
    if (got == NULL)
        return NULL;
    int has_str = PyObject_HasAttrString(o, PyUnicode_AsUTF8(name));
    if (PyObject_DelAttr(o, name) < 0) {
        Py_DECREF(got);
        return NULL;
    }
    int after = PyObject_HasAttr(o, name);
    return Py_BuildValue("(iNii)", had, got, has_str, after);
}

static PyObject *
getattr_string(PyObject *self, PyObject *args)
{
    PyObject *o;
    const char *name;
    if (!PyArg_ParseTuple(args, "Os", &o, &name))
        return NULL;
    return PyObject_GetAttrString(o, name);
}

static PyObject *
setattr_string(PyObject *self, PyObject *args)
{
    PyObject *o, *v;
    const char *name;
    if (!PyArg_ParseTuple(args, "OsO", &o, &name, &v))
        return NULL;
    if (PyObject_SetAttrString(o, name, v == Py_None ? NULL : v) < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *
generic_getattr(PyObject *self, PyObject *args)
{
    PyObject *o, *name;
    if (!PyArg_ParseTuple(args, "OU", &o, &name))
        return NULL;
    return PyObject_GenericGetAttr(o, name);
}

static PyObject *
texts(PyObject *self, PyObject *o)
{
    return Py_BuildValue("(NNN)", PyObject_Repr(o), PyObject_Str(o), PyObject_ASCII(o));
}

static PyObject *
as_bytes(PyObject *self, PyObject *o)
{
    return PyObject_Bytes(o);
}

static PyObject *
compare(PyObject *self, PyObject *args)
{
    PyObject *a, *b;
    if (!PyArg_ParseTuple(args, "OO", &a, &b))
        return NULL;
    PyObject *out = PyList_New(0);
    for (int op = Py_LT; op <= Py_GE; op++) {
        PyObject *r = PyObject_RichCompare(a, b, op);
        if (r == NULL) {
            PyObject *t, *v, *tb;
            PyErr_Fetch(&t, &v, &tb);
            r = PyUnicode_FromString(((PyTypeObject *)t)->tp_name);
            Py_XDECREF(t);
            Py_XDECREF(v);
            Py_XDECREF(tb);
        }
        int b2 = PyObject_RichCompareBool(a, b, op);
        if (b2 < 0)
            PyErr_Clear();
        PyObject *pair = Py_BuildValue("(Ni)", r, b2);
        PyList_Append(out, pair);
        Py_DECREF(pair);
    }
    return out;
}

static PyObject *
hash(PyObject *self, PyObject *o)
{
    Py_hash_t h = PyObject_Hash(o);
    if (h == -1 && PyErr_Occurred())
        return NULL;
    return PyLong_FromSsize_t(h);
}

static PyObject *
truth(PyObject *self, PyObject *o)
{
    int t = PyObject_IsTrue(o);
    if (t < 0)
        return NULL;
    int n = PyObject_Not(o);
    return Py_BuildValue("(ii)", t, n);
}

static PyObject *
type_and_size(PyObject *self, PyObject *o)
{
    PyObject *t = PyObject_Type(o);
    Py_ssize_t n = PyObject_Size(o);
    if (n < 0) {
        PyErr_Clear();
        n = -99;
    }
    Py_ssize_t hint = PyObject_LengthHint(o, 42);
    if (hint < 0)
        return NULL;
    return Py_BuildValue("(Nnn)", t, n, hint);
}

static PyObject *
instance(PyObject *self, PyObject *args)
{
    PyObject *o, *cls;
    if (!PyArg_ParseTuple(args, "OO", &o, &cls))
        return NULL;
    int i = PyObject_IsInstance(o, cls);
    if (i < 0)
        return NULL;
    int s = PyType_Check(o) ? PyObject_IsSubclass(o, cls) : -2;
    if (s == -1)
        return NULL;
    return Py_BuildValue("(ii)", i, s);
}

static PyObject *
dir(PyObject *self, PyObject *o)
{
    PyObject *d = PyObject_Dir(o);
    if (d == NULL)
        return NULL;
    PyObject *r = PyList_New(0);
    Py_ssize_t n = PyList_GET_SIZE(d);
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *name = PyList_GET_ITEM(d, i);
        if (PyUnicode_READ_CHAR(name, 0) != '_')
            PyList_Append(r, name);
    }
    Py_DECREF(d);
    return r;
}

static PyObject *
format(PyObject *self, PyObject *args)
{
    PyObject *o, *spec;
    if (!PyArg_ParseTuple(args, "OU", &o, &spec))
        return NULL;
    return PyObject_Format(o, spec);
}

static PyObject *
callable(PyObject *self, PyObject *o)
{
    return PyBool_FromLong(PyCallable_Check(o));
}

static PyObject *
iterate(PyObject *self, PyObject *o)
{
    PyObject *it = PyObject_GetIter(o);
    if (it == NULL)
        return NULL;
    PyObject *out = PyList_New(0), *item;
    while ((item = PyIter_Next(it)) != NULL) {
        PyList_Append(out, item);
        Py_DECREF(item);
    }
    int is_iter = PyIter_Check(it);
    Py_DECREF(it);
    if (PyErr_Occurred()) {
        Py_DECREF(out);
        return NULL;
    }
    return Py_BuildValue("(Ni)", out, is_iter);
}

static PyObject *
not_hashable(PyObject *self, PyObject *o)
{
    Py_hash_t h = PyObject_HashNotImplemented(o);
    return h == -1 ? NULL : PyLong_FromSsize_t(h);
}

static PyMethodDef methods[] = {
    {"attrs", attrs, METH_VARARGS, NULL},
    {"getattr_string", getattr_string, METH_VARARGS, NULL},
    {"setattr_string", setattr_string, METH_VARARGS, NULL},
    {"generic_getattr", generic_getattr, METH_VARARGS, NULL},
    {"texts", texts, METH_O, NULL},
    {"as_bytes", as_bytes, METH_O, NULL},
    {"compare", compare, METH_VARARGS, NULL},
    {"hash", hash, METH_O, NULL},
    {"truth", truth, METH_O, NULL},
    {"type_and_size", type_and_size, METH_O, NULL},
    {"instance", instance, METH_VARARGS, NULL},
    {"dir", dir, METH_O, NULL},
    {"format", format, METH_VARARGS, NULL},
    {"callable", callable, METH_O, NULL},
    {"iterate", iterate, METH_O, NULL},
    {"not_hashable", not_hashable, METH_O, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "object_protocol",
    .m_size = -1,
    .m_methods = methods,
};

PyMODINIT_FUNC
PyInit_object_protocol(void)
{
    return PyModule_Create(&module);
}
