/* Warnings from C: PyErr_WarnEx (shown, filtered to errors, ignored),
 * PyErr_WarnFormat, PyErr_WarnExplicit(Object), PyErr_ResourceWarning, and
 * the stack level attributing the warning. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

static PyObject *
warn(PyObject *self, PyObject *args)
{
    PyObject *category;
    const char *msg;
    Py_ssize_t level = 1;
    if (!PyArg_ParseTuple(args, "Os|n", &category, &msg, &level))
        return NULL;
    if (PyErr_WarnEx(category, msg, level) < 0)
        return NULL;
    return PyUnicode_FromString("continued");
}

static PyObject *
warn_format(PyObject *self, PyObject *args)
{
    int n;
    const char *s;
    if (!PyArg_ParseTuple(args, "is", &n, &s))
        return NULL;
    if (PyErr_WarnFormat(PyExc_UserWarning, 1, "formatted %d and %s", n, s) < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *
warn_explicit(PyObject *self, PyObject *args)
{
    const char *msg, *filename;
    int lineno;
    if (!PyArg_ParseTuple(args, "ssi", &msg, &filename, &lineno))
        return NULL;
    if (PyErr_WarnExplicit(PyExc_SyntaxWarning, msg, filename, lineno, "explicit_mod", NULL) < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *
warn_explicit_object(PyObject *self, PyObject *args)
{
    PyObject *msg, *filename;
    int lineno;
    if (!PyArg_ParseTuple(args, "OOi", &msg, &filename, &lineno))
        return NULL;
    if (PyErr_WarnExplicitObject(PyExc_RuntimeWarning, msg, filename, lineno, NULL, NULL) < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *
resource(PyObject *self, PyObject *source)
{
    if (PyErr_ResourceWarning(source, 1, "unclosed %s", "thing") < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyMethodDef methods[] = {
    {"warn", warn, METH_VARARGS, NULL},
    {"warn_format", warn_format, METH_VARARGS, NULL},
    {"warn_explicit", warn_explicit, METH_VARARGS, NULL},
    {"warn_explicit_object", warn_explicit_object, METH_VARARGS, NULL},
    {"resource", resource, METH_O, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "warnings_capi",
    .m_size = -1,
    .m_methods = methods,
};

PyMODINIT_FUNC
PyInit_warnings_capi(void)
{
    return PyModule_Create(&module);
}
