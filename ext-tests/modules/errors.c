/* The error indicator: raising, fetching, restoring, matching, clearing,
 * new exception classes, errors crossing C -> Python -> C. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

static PyObject *MyError;

static PyObject *
raise_value(PyObject *self, PyObject *arg)
{
    PyErr_SetString(PyExc_ValueError, "bad value from C");
    return NULL;
}

static PyObject *
raise_format(PyObject *self, PyObject *arg)
{
    return PyErr_Format(PyExc_KeyError, "missing %R (%s, %d, %zd, %S)", arg, "str", -7, (Py_ssize_t)12345678, arg);
}

static PyObject *
raise_custom(PyObject *self, PyObject *arg)
{
    PyErr_SetObject(MyError, arg);
    return NULL;
}

static PyObject *
null_without_error(PyObject *self, PyObject *arg)
{
    return NULL;
}

static PyObject *
catch_and_report(PyObject *self, PyObject *callable)
{
    PyObject *r = PyObject_CallNoArgs(callable);
    if (r != NULL)
        return r;
    if (!PyErr_Occurred())
        return PyUnicode_FromString("no error?");
    int is_key = PyErr_ExceptionMatches(PyExc_KeyError);
    int is_lookup = PyErr_ExceptionMatches(PyExc_LookupError);
    PyObject *type, *value, *tb;
    PyErr_Fetch(&type, &value, &tb);
    if (PyErr_Occurred())
        return PyUnicode_FromString("still set after fetch");
    PyErr_NormalizeException(&type, &value, &tb);
    PyObject *res = Py_BuildValue("(OiiO)", type, is_key, is_lookup, value);
    Py_XDECREF(type);
    Py_XDECREF(value);
    Py_XDECREF(tb);
    return res;
}

static PyObject *
reraise(PyObject *self, PyObject *callable)
{
    PyObject *r = PyObject_CallNoArgs(callable);
    if (r != NULL)
        return r;
    PyObject *type, *value, *tb;
    PyErr_Fetch(&type, &value, &tb);
    PyErr_Restore(type, value, tb);
    return NULL;
}

static PyObject *
swallow(PyObject *self, PyObject *callable)
{
    PyObject *r = PyObject_CallNoArgs(callable);
    if (r == NULL) {
        if (!PyErr_GivenExceptionMatches(PyErr_Occurred(), PyExc_Exception))
            return NULL;
        PyErr_Clear();
        Py_RETURN_NONE;
    }
    return r;
}

static PyObject *
restore_type_and_string(PyObject *self, PyObject *unused)
{
    PyErr_Restore(Py_NewRef(PyExc_TypeError), PyUnicode_FromString("restored"), NULL);
    return NULL;
}

static PyObject *
no_memory(PyObject *self, PyObject *unused)
{
    return PyErr_NoMemory();
}

static PyObject *
bad_argument(PyObject *self, PyObject *unused)
{
    PyErr_BadArgument();
    return NULL;
}

static PyMethodDef methods[] = {
    {"raise_value", raise_value, METH_O, NULL},
    {"raise_format", raise_format, METH_O, NULL},
    {"raise_custom", raise_custom, METH_O, NULL},
    {"null_without_error", null_without_error, METH_O, NULL},
    {"catch_and_report", catch_and_report, METH_O, NULL},
    {"reraise", reraise, METH_O, NULL},
    {"swallow", swallow, METH_O, NULL},
    {"restore_type_and_string", restore_type_and_string, METH_NOARGS, NULL},
    {"no_memory", no_memory, METH_NOARGS, NULL},
    {"bad_argument", bad_argument, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "errors", NULL, -1, methods, NULL, NULL, NULL, NULL,
};

PyMODINIT_FUNC
PyInit_errors(void)
{
    PyObject *m = PyModule_Create(&module);
    if (m == NULL)
        return NULL;
    MyError = PyErr_NewExceptionWithDoc("errors.MyError", "A custom error.", PyExc_RuntimeError, NULL);
    if (MyError == NULL || PyModule_AddObjectRef(m, "MyError", MyError) < 0)
        return NULL;
    return m;
}
