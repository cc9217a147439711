/* More of the error indicator: PyErr_SetFromErrno(WithFilename(Object(s))),
 * OSError subclasses by errno, NormalizeException on a bare type and on a
 * tuple value, exception objects' cause/context/traceback/args, GetExcInfo
 * and SetExcInfo, PyErr_WriteUnraisable, PyErr_NewException with a dict and
 * base tuple, a result returned with an exception set. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <errno.h>

static PyObject *
from_errno(PyObject *self, PyObject *arg)
{
    errno = (int)PyLong_AsLong(arg);
    if (PyErr_Occurred())
        return NULL;
    return PyErr_SetFromErrno(PyExc_OSError);
}

static PyObject *
from_errno_filename(PyObject *self, PyObject *args)
{
    int e;
    const char *name;
    if (!PyArg_ParseTuple(args, "is", &e, &name))
        return NULL;
    errno = e;
    return PyErr_SetFromErrnoWithFilename(PyExc_OSError, name);
}

static PyObject *
from_errno_objects(PyObject *self, PyObject *args)
{
    int e;
    PyObject *a, *b;
    if (!PyArg_ParseTuple(args, "iOO", &e, &a, &b))
        return NULL;
    errno = e;
    return PyErr_SetFromErrnoWithFilenameObjects(PyExc_OSError, a, b);
}

static PyObject *
normalize(PyObject *self, PyObject *args)
{
    PyObject *type, *value;
    if (!PyArg_ParseTuple(args, "OO", &type, &value))
        return NULL;
    PyObject *t = Py_NewRef(type), *v = value == Py_None ? NULL : Py_NewRef(value), *tb = NULL;
    PyErr_NormalizeException(&t, &v, &tb);
    if (PyErr_Occurred()) {
        Py_XDECREF(t);
        Py_XDECREF(v);
        Py_XDECREF(tb);
        return NULL;
    }
    PyObject *r = Py_BuildValue("(OOO)", t, v ? (PyObject *)Py_TYPE(v) : Py_None, v ? v : Py_None);
    Py_XDECREF(t);
    Py_XDECREF(v);
    Py_XDECREF(tb);
    return r;
}

static PyObject *
set_object_kinds(PyObject *self, PyObject *args)
{
    PyObject *type, *value;
    if (!PyArg_ParseTuple(args, "OO", &type, &value))
        return NULL;
    PyErr_SetObject(type, value);
    return NULL;
}

static PyObject *
chain(PyObject *self, PyObject *unused)
{
    PyObject *cause = PyObject_CallFunction(PyExc_ValueError, "s", "the cause");
    PyObject *ctx = PyObject_CallFunction(PyExc_KeyError, "s", "the context");
    PyObject *exc = PyObject_CallFunction(PyExc_RuntimeError, "si", "outer", 2);
    if (cause == NULL || ctx == NULL || exc == NULL) {
        Py_XDECREF(cause);
        Py_XDECREF(ctx);
        Py_XDECREF(exc);
        return NULL;
    }
    PyException_SetCause(exc, cause);  /* steals */
    PyException_SetContext(exc, ctx);  /* steals */
    PyErr_SetObject((PyObject *)Py_TYPE(exc), exc);
    Py_DECREF(exc);
    return NULL;
}

static PyObject *
inspect(PyObject *self, PyObject *exc)
{
    PyObject *cause = PyException_GetCause(exc);
    PyObject *ctx = PyException_GetContext(exc);
    PyObject *tb = PyException_GetTraceback(exc);
    PyObject *r = Py_BuildValue("(OOOO)", cause ? cause : Py_None, ctx ? ctx : Py_None,
                                tb ? Py_True : Py_False, ((PyBaseExceptionObject *)exc)->args);
    Py_XDECREF(cause);
    Py_XDECREF(ctx);
    Py_XDECREF(tb);
    return r;
}

static PyObject *
exc_info_inside(PyObject *self, PyObject *unused)
{
    PyObject *t, *v, *tb;
    PyErr_GetExcInfo(&t, &v, &tb);
    PyObject *r = Py_BuildValue("(OO)", t ? t : Py_None, v ? v : Py_None);
    Py_XDECREF(t);
    Py_XDECREF(v);
    Py_XDECREF(tb);
    return r;
}

static PyObject *
handled_exception(PyObject *self, PyObject *unused)
{
    PyObject *e = PyErr_GetHandledException();
    if (e == NULL)
        Py_RETURN_NONE;
    return e;
}

static PyObject *
set_exc_info_and_call(PyObject *self, PyObject *callable)
{
    PyObject *ot, *ov, *otb;
    PyErr_GetExcInfo(&ot, &ov, &otb);
    PyObject *v = PyObject_CallFunction(PyExc_LookupError, "s", "pretend handled");
    if (v == NULL)
        return NULL;
    PyErr_SetExcInfo(Py_NewRef(PyExc_LookupError), v, NULL);
    PyObject *r = PyObject_CallNoArgs(callable);
    PyErr_SetExcInfo(ot, ov, otb);
    return r;
}

static PyObject *
unraisable(PyObject *self, PyObject *obj)
{
    PyErr_SetString(PyExc_ValueError, "cannot be raised");
    PyErr_WriteUnraisable(obj);
    return PyBool_FromLong(PyErr_Occurred() != NULL);
}

static PyObject *
result_and_error(PyObject *self, PyObject *unused)
{
    PyErr_SetString(PyExc_ValueError, "left behind");
    return PyLong_FromLong(1);
}

static PyObject *
exception_matches(PyObject *self, PyObject *args)
{
    PyObject *given, *exc;
    if (!PyArg_ParseTuple(args, "OO", &given, &exc))
        return NULL;
    return PyBool_FromLong(PyErr_GivenExceptionMatches(given, exc));
}

static PyMethodDef methods[] = {
    {"from_errno", from_errno, METH_O, NULL},
    {"from_errno_filename", from_errno_filename, METH_VARARGS, NULL},
    {"from_errno_objects", from_errno_objects, METH_VARARGS, NULL},
    {"normalize", normalize, METH_VARARGS, NULL},
    {"set_object_kinds", set_object_kinds, METH_VARARGS, NULL},
    {"chain", chain, METH_NOARGS, NULL},
    {"inspect", inspect, METH_O, NULL},
    {"exc_info_inside", exc_info_inside, METH_NOARGS, NULL},
    {"handled_exception", handled_exception, METH_NOARGS, NULL},
    {"set_exc_info_and_call", set_exc_info_and_call, METH_O, NULL},
    {"unraisable", unraisable, METH_O, NULL},
    {"result_and_error", result_and_error, METH_NOARGS, NULL},
    {"exception_matches", exception_matches, METH_VARARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "errors_more",
    .m_size = -1,
    .m_methods = methods,
};

PyMODINIT_FUNC
PyInit_errors_more(void)
{
    PyObject *m = PyModule_Create(&module);
    if (m == NULL)
        return NULL;
    PyObject *dict = Py_BuildValue("{s:i}", "code", 7);
    PyObject *bases = PyTuple_Pack(2, PyExc_ValueError, PyExc_KeyError);
    if (dict == NULL || bases == NULL)
        return NULL;
    PyObject *err = PyErr_NewException("errors_more.Both", bases, dict);
    Py_DECREF(dict);
    Py_DECREF(bases);
    if (PyModule_AddObject(m, "Both", err) < 0)
        return NULL;
    return m;
}
