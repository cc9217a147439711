/* Hashing from C: PyObject_Hash agreeing with hash() for ints (including
 * the -1 -> -2 rule and the modulus), floats, strs and bytes (with
 * PYTHONHASHSEED fixed by the harness), tuples and frozensets; unhashable
 * types; _Py_HashDouble, _Py_HashBytes, the _PyHASH_* constants and
 * PyHash_GetFuncDef. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

static PyObject *
hash_of(PyObject *self, PyObject *o)
{
    Py_hash_t h = PyObject_Hash(o);
    if (h == -1 && PyErr_Occurred())
        return NULL;
    return PyLong_FromSsize_t(h);
}

static PyObject *
hash_double(PyObject *self, PyObject *arg)
{
    double d = PyFloat_AsDouble(arg);
    if (d == -1.0 && PyErr_Occurred())
        return NULL;
    return PyLong_FromSsize_t(_Py_HashDouble(arg, d));
}

static PyObject *
hash_bytes(PyObject *self, PyObject *arg)
{
    char *s;
    Py_ssize_t n;
    if (PyBytes_AsStringAndSize(arg, &s, &n) < 0)
        return NULL;
    return PyLong_FromSsize_t(_Py_HashBytes(s, n));
}

static PyObject *
func_def(PyObject *self, PyObject *unused)
{
    PyHash_FuncDef *def = PyHash_GetFuncDef();
    return Py_BuildValue("(sii)", def->name, def->hash_bits, def->seed_bits);
}

static PyMethodDef methods[] = {
    {"hash_of", hash_of, METH_O, NULL},
    {"hash_double", hash_double, METH_O, NULL},
    {"hash_bytes", hash_bytes, METH_O, NULL},
    {"func_def", func_def, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "hash_api",
    .m_size = -1,
    .m_methods = methods,
};

PyMODINIT_FUNC
PyInit_hash_api(void)
{
    PyObject *m = PyModule_Create(&module);
    if (m == NULL)
        return NULL;
    if (PyModule_AddIntConstant(m, "MODULUS", (long)_PyHASH_MODULUS) < 0 ||
        PyModule_AddIntConstant(m, "INF", (long)_PyHASH_INF) < 0)
        return NULL;
    return m;
}
