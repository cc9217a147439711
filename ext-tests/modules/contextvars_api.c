/* Context variables from C: PyContextVar_New with and without a default,
 * PyContextVar_Get (default argument, missing -> LookupError), Set and
 * Reset with the token, PyContext_CopyCurrent + Enter/Exit isolating a
 * change, and the Check macros. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

static PyObject *var_with_default, *var_plain;

static PyObject *
get(PyObject *self, PyObject *which)
{
    PyObject *var = PyObject_IsTrue(which) ? var_with_default : var_plain;
    PyObject *value = NULL;
    if (PyContextVar_Get(var, NULL, &value) < 0)
        return NULL;
    if (value == NULL) {
        PyErr_SetString(PyExc_LookupError, var == var_plain ? "plain is unset" : "with_default is unset");
        return NULL;
    }
    return value;
}

static PyObject *
get_or(PyObject *self, PyObject *dflt)
{
    PyObject *value = NULL;
    if (PyContextVar_Get(var_plain, dflt, &value) < 0)
        return NULL;
    return value;
}

static PyObject *
set_and_reset(PyObject *self, PyObject *value)
{
    PyObject *token = PyContextVar_Set(var_plain, value);
    if (token == NULL)
        return NULL;
    PyObject *during = NULL;
    PyContextVar_Get(var_plain, NULL, &during);
    int reset = PyContextVar_Reset(var_plain, token);
    PyObject *after = NULL;
    PyContextVar_Get(var_plain, Py_None, &after);
    PyObject *r = Py_BuildValue("(iNiN)", PyContextToken_CheckExact(token), during, reset, after);
    Py_DECREF(token);
    return r;
}

static PyObject *
set_only(PyObject *self, PyObject *value)
{
    PyObject *token = PyContextVar_Set(var_plain, value);
    if (token == NULL)
        return NULL;
    Py_DECREF(token);
    Py_RETURN_NONE;
}

static PyObject *
isolated(PyObject *self, PyObject *value)
{
    PyObject *ctx = PyContext_CopyCurrent();
    if (ctx == NULL)
        return NULL;
    if (PyContext_Enter(ctx) < 0) {
        Py_DECREF(ctx);
        return NULL;
    }
    PyObject *token = PyContextVar_Set(var_plain, value);
    Py_XDECREF(token);
    PyObject *inside = NULL;
    PyContextVar_Get(var_plain, Py_None, &inside);
    PyContext_Exit(ctx);
    PyObject *outside = NULL;
    PyContextVar_Get(var_plain, Py_None, &outside);
    PyObject *r = Py_BuildValue("(NNi)", inside, outside, PyContext_CheckExact(ctx));
    Py_DECREF(ctx);
    return r;
}

static PyMethodDef methods[] = {
    {"get", get, METH_O, NULL},
    {"get_or", get_or, METH_O, NULL},
    {"set_and_reset", set_and_reset, METH_O, NULL},
    {"set_only", set_only, METH_O, NULL},
    {"isolated", isolated, METH_O, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "contextvars_api",
    .m_size = -1,
    .m_methods = methods,
};

PyMODINIT_FUNC
PyInit_contextvars_api(void)
{
    PyObject *dflt = PyUnicode_FromString("the default");
    var_with_default = PyContextVar_New("with_default", dflt);
    Py_XDECREF(dflt);
    var_plain = PyContextVar_New("plain", NULL);
    if (var_with_default == NULL || var_plain == NULL)
        return NULL;
    PyObject *m = PyModule_Create(&module);
    if (m == NULL)
        return NULL;
    if (PyModule_AddObjectRef(m, "plain", var_plain) < 0 ||
        PyModule_AddObjectRef(m, "with_default", var_with_default) < 0)
        return NULL;
    return m;
}
