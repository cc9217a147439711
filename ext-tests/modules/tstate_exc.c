/* The error indicator and the handled exception as fields of the thread
 * state, read and written directly the way Cython-generated code does
 * (curexc_type/value/traceback, exc_info->exc_value), mixed with the
 * PyErr_* functions. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

/* Raises by storing (type, value) in the fields, as __Pyx_ErrRestore. */
static PyObject *
raise_direct(PyObject *self, PyObject *args)
{
    PyObject *type, *value;
    if (!PyArg_ParseTuple(args, "OO", &type, &value))
        return NULL;
    PyThreadState *ts = PyThreadState_Get();
    PyObject *ot = ts->curexc_type, *ov = ts->curexc_value, *otb = ts->curexc_traceback;
    Py_INCREF(type);
    Py_INCREF(value);
    ts->curexc_type = type;
    ts->curexc_value = value;
    ts->curexc_traceback = NULL;
    Py_XDECREF(ot);
    Py_XDECREF(ov);
    Py_XDECREF(otb);
    return NULL;
}

/* Calls f; on error takes the indicator out of the fields, as
 * __Pyx_ErrFetch, and returns (type, value, has traceback). */
static PyObject *
fetch_direct(PyObject *self, PyObject *f)
{
    PyObject *r = PyObject_CallNoArgs(f);
    if (r != NULL)
        return r;
    PyThreadState *ts = PyThreadState_Get();
    PyObject *t = ts->curexc_type, *v = ts->curexc_value, *tb = ts->curexc_traceback;
    ts->curexc_type = ts->curexc_value = ts->curexc_traceback = NULL;
    if (PyErr_Occurred())
        return PyUnicode_FromString("still set after clearing the fields");
    PyObject *res = Py_BuildValue("(OOi)", t, v ? v : Py_None, tb != NULL);
    Py_XDECREF(t);
    Py_XDECREF(v);
    Py_XDECREF(tb);
    return res;
}

/* What the fields show after PyErr_SetString and PyErr_Clear. */
static PyObject *
set_then_look(PyObject *self, PyObject *unused)
{
    PyThreadState *ts = PyThreadState_Get();
    PyErr_SetString(PyExc_KeyError, "k");
    int same = ts->curexc_type == PyErr_Occurred();
    int is_key = ts->curexc_type == PyExc_KeyError;
    int has_value = ts->curexc_value != NULL;
    PyErr_Clear();
    int cleared = ts->curexc_type == NULL && ts->curexc_value == NULL;
    return Py_BuildValue("(iiii)", same, is_key, has_value, cleared);
}

/* Matches the pending exception through the field, as
 * __Pyx_PyErr_ExceptionMatchesInState, then swallows it. */
static PyObject *
swallow_if(PyObject *self, PyObject *args)
{
    PyObject *f, *kind;
    if (!PyArg_ParseTuple(args, "OO", &f, &kind))
        return NULL;
    PyObject *r = PyObject_CallNoArgs(f);
    if (r != NULL)
        return r;
    PyThreadState *ts = PyThreadState_Get();
    if (ts->curexc_type == NULL)
        return PyUnicode_FromString("no exception in the field");
    if (!PyErr_GivenExceptionMatches(ts->curexc_type, kind))
        return NULL;
    PyErr_Clear();
    return PyUnicode_FromString("swallowed");
}

/* The exception being handled, read from tstate->exc_info. */
static PyObject *
handled(PyObject *self, PyObject *unused)
{
    PyThreadState *ts = PyThreadState_Get();
    PyObject *v = ts->exc_info ? ts->exc_info->exc_value : NULL;
    if (v == NULL)
        v = Py_None;
    Py_INCREF(v);
    return v;
}

static PyMethodDef methods[] = {
    {"raise_direct", raise_direct, METH_VARARGS, NULL},
    {"fetch_direct", fetch_direct, METH_O, NULL},
    {"set_then_look", set_then_look, METH_NOARGS, NULL},
    {"swallow_if", swallow_if, METH_VARARGS, NULL},
    {"handled", handled, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "tstate_exc", NULL, -1, methods, NULL, NULL, NULL, NULL,
};

PyMODINIT_FUNC
PyInit_tstate_exc(void)
{
    return PyModule_Create(&module);
}
