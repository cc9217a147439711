/* Exception objects and classes from C: PyExceptionClass_Check/Name,
 * PyExceptionInstance_Check/Class, args set through the attribute and read through the
 * struct, PyErr_NewExceptionWithDoc with a base tuple, raising instances vs
 * classes, PyErr_SetNone, PyErr_GivenExceptionMatches with tuples and
 * subclasses, StopIteration value, and OSError's errno/strerror fields. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

static PyObject *
classify(PyObject *self, PyObject *o)
{
    const char *name = PyExceptionClass_Check(o) ? PyExceptionClass_Name(o) : "-";
    PyObject *cls = PyExceptionInstance_Check(o) ? PyExceptionInstance_Class(o) : Py_None;
    return Py_BuildValue("(iisO)", PyExceptionClass_Check(o), PyExceptionInstance_Check(o), name, cls);
}

static PyObject *
raise_none(PyObject *self, PyObject *cls)
{
    PyErr_SetNone(cls);
    return NULL;
}

static PyObject *
raise_instance(PyObject *self, PyObject *exc)
{
    PyErr_SetObject((PyObject *)Py_TYPE(exc), exc);
    return NULL;
}

static PyObject *
stop_with(PyObject *self, PyObject *value)
{
    PyObject *e = PyObject_CallOneArg(PyExc_StopIteration, value);
    if (e == NULL)
        return NULL;
    PyObject *v = PyObject_GetAttrString(e, "value");
    Py_DECREF(e);
    return v;
}

static PyObject *
oserror_fields(PyObject *self, PyObject *args)
{
    PyObject *e = PyObject_Call(PyExc_OSError, args, NULL);
    if (e == NULL)
        return NULL;
    PyOSErrorObject *o = (PyOSErrorObject *)e;
    PyObject *r = Py_BuildValue("(sOOOO)", Py_TYPE(e)->tp_name, o->myerrno ? o->myerrno : Py_None,
                                o->strerror ? o->strerror : Py_None, o->filename ? o->filename : Py_None,
                                ((PyBaseExceptionObject *)e)->args);
    Py_DECREF(e);
    return r;
}

static PyObject *
matches(PyObject *self, PyObject *args)
{
    PyObject *given, *against;
    if (!PyArg_ParseTuple(args, "OO", &given, &against))
        return NULL;
    return PyBool_FromLong(PyErr_GivenExceptionMatches(given, against));
}

static PyObject *
set_args(PyObject *self, PyObject *args)
{
    PyObject *e, *newargs;
    if (!PyArg_ParseTuple(args, "OO", &e, &newargs))
        return NULL;
    if (PyObject_SetAttrString(e, "args", newargs) < 0)
        return NULL;
    return Py_NewRef(e);
}

static PyMethodDef methods[] = {
    {"classify", classify, METH_O, NULL},
    {"raise_none", raise_none, METH_O, NULL},
    {"raise_instance", raise_instance, METH_O, NULL},
    {"stop_with", stop_with, METH_O, NULL},
    {"oserror_fields", oserror_fields, METH_VARARGS, NULL},
    {"matches", matches, METH_VARARGS, NULL},
    {"set_args", set_args, METH_VARARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "exceptions_api",
    .m_size = -1,
    .m_methods = methods,
};

PyMODINIT_FUNC
PyInit_exceptions_api(void)
{
    PyObject *m = PyModule_Create(&module);
    if (m == NULL)
        return NULL;
    PyObject *bases = PyTuple_Pack(2, PyExc_TypeError, PyExc_ValueError);
    PyObject *err = PyErr_NewExceptionWithDoc("exceptions_api.Mixed", "Both a TypeError and a ValueError.", bases, NULL);
    Py_XDECREF(bases);
    if (err == NULL || PyModule_AddObject(m, "Mixed", err) < 0)
        return NULL;
    PyObject *plain = PyErr_NewException("exceptions_api.Plain", NULL, NULL);
    if (plain == NULL || PyModule_AddObject(m, "Plain", plain) < 0)
        return NULL;
    return m;
}
