/* The singletons and reference helpers: Py_None/Py_True/Py_False/
 * Py_Ellipsis/Py_NotImplemented identity with Python's, Py_Is/Py_IsNone/
 * Py_IsTrue/Py_IsFalse, Py_NewRef/Py_XNewRef/Py_XINCREF/Py_XDECREF on NULL,
 * Py_SETREF/Py_XSETREF/Py_CLEAR on stored references, Py_RETURN_RICHCOMPARE,
 * and Py_TYPE/Py_SET_TYPE-free type queries (Py_IS_TYPE). */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

static PyObject *slot;

static PyObject *
identities(PyObject *self, PyObject *args)
{
    PyObject *none, *t, *f, *ell, *ni;
    if (!PyArg_ParseTuple(args, "OOOOO", &none, &t, &f, &ell, &ni))
        return NULL;
    return Py_BuildValue("(iiiii)", none == Py_None, t == Py_True, f == Py_False, ell == Py_Ellipsis,
                         ni == Py_NotImplemented);
}

static PyObject *
predicates(PyObject *self, PyObject *o)
{
    return Py_BuildValue("(iiiii)", Py_IsNone(o), Py_IsTrue(o), Py_IsFalse(o), Py_Is(o, Py_None),
                         Py_IS_TYPE(o, &PyBool_Type));
}

static PyObject *
null_safe(PyObject *self, PyObject *unused)
{
    PyObject *nothing = NULL;
    Py_XINCREF(nothing);
    Py_XDECREF(nothing);
    PyObject *x = Py_XNewRef(nothing);
    return PyBool_FromLong(x == NULL);
}

static PyObject *
store(PyObject *self, PyObject *o)
{
    PyObject *old = slot ? Py_NewRef(slot) : Py_NewRef(Py_None);
    Py_XSETREF(slot, Py_NewRef(o));
    return old;
}

static PyObject *
replace_then_clear(PyObject *self, PyObject *o)
{
    if (slot == NULL)
        slot = Py_NewRef(Py_None);
    Py_SETREF(slot, Py_NewRef(o));
    PyObject *seen = Py_NewRef(slot);
    Py_CLEAR(slot);
    return Py_BuildValue("(NO)", seen, slot == NULL ? Py_True : Py_False);
}

static PyObject *
compare(PyObject *self, PyObject *args)
{
    long a, b;
    int op;
    if (!PyArg_ParseTuple(args, "lli", &a, &b, &op))
        return NULL;
    Py_RETURN_RICHCOMPARE(a, b, op);
}

static PyMethodDef methods[] = {
    {"identities", identities, METH_VARARGS, NULL},
    {"predicates", predicates, METH_O, NULL},
    {"null_safe", null_safe, METH_NOARGS, NULL},
    {"store", store, METH_O, NULL},
    {"replace_then_clear", replace_then_clear, METH_O, NULL},
    {"compare", compare, METH_VARARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "singletons",
    .m_size = -1,
    .m_methods = methods,
};

PyMODINIT_FUNC
PyInit_singletons(void)
{
    PyObject *m = PyModule_Create(&module);
    if (m == NULL)
        return NULL;
    if (PyModule_AddObjectRef(m, "NONE", Py_None) < 0 || PyModule_AddObjectRef(m, "TRUE", Py_True) < 0 ||
        PyModule_AddObjectRef(m, "ELLIPSIS", Py_Ellipsis) < 0 ||
        PyModule_AddObjectRef(m, "NOT_IMPLEMENTED", Py_NotImplemented) < 0)
        return NULL;
    return m;
}
