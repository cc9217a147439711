/* Per-thread state from C: PyThreadState_GetDict (one dict per thread,
 * kept between calls), PyThreadState_GetID (stable in a thread, distinct
 * between threads), and the dict functions that take a precomputed hash
 * (_PyDict_*_KnownHash, which _asyncio uses). */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

static PyObject *
remember(PyObject *self, PyObject *args)
{
    PyObject *key, *value;
    if (!PyArg_ParseTuple(args, "OO", &key, &value))
        return NULL;
    PyObject *d = PyThreadState_GetDict();
    if (d == NULL || PyDict_SetItem(d, key, value) < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *
recall(PyObject *self, PyObject *key)
{
    PyObject *d = PyThreadState_GetDict();
    if (d == NULL)
        return NULL;
    PyObject *v = PyDict_GetItemWithError(d, key);
    if (v == NULL && !PyErr_Occurred())
        v = Py_None;
    return Py_XNewRef(v);
}

static PyObject *
thread_id(PyObject *self, PyObject *unused)
{
    return PyLong_FromUnsignedLongLong(PyThreadState_GetID(PyThreadState_Get()));
}

static PyObject *
known_hash(PyObject *self, PyObject *args)
{
    PyObject *d, *key, *value;
    if (!PyArg_ParseTuple(args, "O!OO", &PyDict_Type, &d, &key, &value))
        return NULL;
    Py_hash_t h = PyObject_Hash(key);
    if (h == -1)
        return NULL;
    if (_PyDict_SetItem_KnownHash(d, key, value, h) < 0)
        return NULL;
    PyObject *got = _PyDict_GetItem_KnownHash(d, key, h);
    if (got == NULL)
        return NULL;
    int has = _PyDict_Contains_KnownHash(d, key, h);
    if (has < 0)
        return NULL;
    PyObject *r = Py_BuildValue("(Oi)", got, has);
    if (r == NULL || _PyDict_DelItem_KnownHash(d, key, h) < 0) {
        Py_XDECREF(r);
        return NULL;
    }
    return r;
}

static PyMethodDef methods[] = {
    {"remember", remember, METH_VARARGS, NULL},
    {"recall", recall, METH_O, NULL},
    {"thread_id", thread_id, METH_NOARGS, NULL},
    {"known_hash", known_hash, METH_VARARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "tstate_dict",
    .m_size = -1,
    .m_methods = methods,
};

PyMODINIT_FUNC
PyInit_tstate_dict(void)
{
    return PyModule_Create(&module);
}
