/* `_Py_Identifier`: static C strings that name attributes, turned into
 * interned strs once (each identifier gets a slot in a table the first
 * time it is used, as CPython's per-interpreter table), and the `...Id`
 * variants of the object, dict, import and builtins functions. */
#include "Python.h"

/* In Rust (capi/object.rs): the bound special method or NULL. */
PyObject *_PyObject_LookupSpecialObj(PyObject *o, PyObject *name);

static PyObject **id_table;
static Py_ssize_t id_count, id_cap;

PyObject *
_PyUnicode_FromId(_Py_Identifier *id)
{
    if (id->index >= 0 && id->index < id_count)
        return id_table[id->index];
    PyObject *s = PyUnicode_InternFromString(id->string);
    if (s == NULL)
        return NULL;
    if (id_count == id_cap) {
        Py_ssize_t cap = id_cap ? id_cap * 2 : 64;
        PyObject **t = PyMem_RawRealloc(id_table, cap * sizeof(PyObject *));
        if (t == NULL) {
            Py_DECREF(s);
            PyErr_NoMemory();
            return NULL;
        }
        id_table = t;
        id_cap = cap;
    }
    /* The table keeps the reference for the life of the process. */
    id_table[id_count] = s;
    id->index = id_count++;
    return s;
}

PyObject *
_PyObject_GetAttrId(PyObject *o, _Py_Identifier *name)
{
    PyObject *n = _PyUnicode_FromId(name);
    return n ? PyObject_GetAttr(o, n) : NULL;
}

int
_PyObject_SetAttrId(PyObject *o, _Py_Identifier *name, PyObject *v)
{
    PyObject *n = _PyUnicode_FromId(name);
    return n ? PyObject_SetAttr(o, n, v) : -1;
}

int
_PyObject_LookupAttrId(PyObject *o, _Py_Identifier *name, PyObject **result)
{
    PyObject *n = _PyUnicode_FromId(name);
    if (n == NULL) {
        *result = NULL;
        return -1;
    }
    return _PyObject_LookupAttr(o, n, result);
}

PyObject *
_PyObject_LookupSpecialId(PyObject *o, _Py_Identifier *name)
{
    PyObject *n = _PyUnicode_FromId(name);
    return n ? _PyObject_LookupSpecialObj(o, n) : NULL;
}

PyObject *
_PyType_LookupId(PyTypeObject *type, _Py_Identifier *name)
{
    PyObject *n = _PyUnicode_FromId(name);
    return n ? _PyType_Lookup(type, n) : NULL;
}

PyObject *
_PyDict_GetItemIdWithError(PyObject *dp, _Py_Identifier *key)
{
    PyObject *n = _PyUnicode_FromId(key);
    return n ? PyDict_GetItemWithError(dp, n) : NULL;
}

int
_PyDict_SetItemId(PyObject *dp, _Py_Identifier *key, PyObject *item)
{
    PyObject *n = _PyUnicode_FromId(key);
    return n ? PyDict_SetItem(dp, n, item) : -1;
}

int
_PyDict_DelItemId(PyObject *dp, _Py_Identifier *key)
{
    PyObject *n = _PyUnicode_FromId(key);
    return n ? PyDict_DelItem(dp, n) : -1;
}

int
_PyDict_ContainsId(PyObject *dp, _Py_Identifier *key)
{
    PyObject *n = _PyUnicode_FromId(key);
    return n ? PyDict_Contains(dp, n) : -1;
}

int
_PyUnicode_EqualToASCIIId(PyObject *left, _Py_Identifier *right)
{
    PyObject *n = _PyUnicode_FromId(right);
    if (n == NULL) {
        PyErr_Clear();
        return 0;
    }
    return PyUnicode_Compare(left, n) == 0;
}

PyObject *
PyImport_GetModule(PyObject *name)
{
    PyObject *modules = PyImport_GetModuleDict();
    PyObject *m = PyDict_GetItemWithError(modules, name);
    Py_XINCREF(m);
    return m;
}

PyObject *
_PyImport_GetModuleId(_Py_Identifier *name)
{
    PyObject *n = _PyUnicode_FromId(name);
    return n ? PyImport_GetModule(n) : NULL;
}

PyObject *
_PyEval_GetBuiltin(PyObject *name)
{
    PyObject *attr = PyDict_GetItemWithError(PyEval_GetBuiltins(), name);
    if (attr != NULL)
        Py_INCREF(attr);
    else if (!PyErr_Occurred())
        PyErr_SetObject(PyExc_AttributeError, name);
    return attr;
}

PyObject *
_PyEval_GetBuiltinId(_Py_Identifier *name)
{
    PyObject *n = _PyUnicode_FromId(name);
    return n ? _PyEval_GetBuiltin(n) : NULL;
}

/* What CPython checks after every call of a C function. */
PyObject *
_Py_CheckFunctionResult(PyThreadState *tstate, PyObject *callable, PyObject *result, const char *where)
{
    if (result == NULL) {
        if (!PyErr_Occurred()) {
            if (callable)
                PyErr_Format(PyExc_SystemError, "%R returned NULL without setting an exception", callable);
            else
                PyErr_Format(PyExc_SystemError, "%s returned NULL without setting an exception", where);
        }
    }
    else if (PyErr_Occurred()) {
        Py_DECREF(result);
        if (callable)
            PyErr_Format(PyExc_SystemError, "%R returned a result with an exception set", callable);
        else
            PyErr_Format(PyExc_SystemError, "%s returned a result with an exception set", where);
        return NULL;
    }
    return result;
}

int
_PyModule_Add(PyObject *mod, const char *name, PyObject *value)
{
    int r = PyModule_AddObjectRef(mod, name, value);
    Py_XDECREF(value);
    return r;
}
