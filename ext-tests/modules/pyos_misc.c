/* Odds and ends of the runtime API: Py_EnterRecursiveCall/LeaveRecursiveCall
 * turning runaway C recursion into RecursionError, PyOS_snprintf,
 * PyOS_double_to_string with every format code and flag,
 * PyOS_string_to_double with and without an end pointer and overflow
 * exception, PyOS_strtol/strtoul, PyOS_stricmp/mystrnicmp, Py_GetVersion,
 * Py_IsInitialized, and PyErr_CheckSignals. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

static int
recurse(PyObject *callable, int depth)
{
    if (Py_EnterRecursiveCall(" in pyos_misc.recurse"))
        return -1;
    int r;
    if (depth % 50 == 0) {
        PyObject *v = PyObject_CallNoArgs(callable);
        r = v ? 0 : -1;
        Py_XDECREF(v);
    }
    else
        r = 0;
    if (r == 0)
        r = recurse(callable, depth + 1);
    Py_LeaveRecursiveCall();
    return r;
}

static PyObject *
runaway(PyObject *self, PyObject *callable)
{
    if (recurse(callable, 0) < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *
bounded(PyObject *self, PyObject *arg)
{
    long n = PyLong_AsLong(arg), entered = 0;
    while (entered < n && !Py_EnterRecursiveCall(""))
        entered++;
    for (long i = 0; i < entered; i++)
        Py_LeaveRecursiveCall();
    if (entered < n)
        return NULL;
    return PyLong_FromLong(n);
}

static PyObject *
snprintf_test(PyObject *self, PyObject *unused)
{
    char buf[16];
    int n = PyOS_snprintf(buf, sizeof buf, "%d-%s-%.2f", 42, "abcdefghijkl", 3.14159);
    return Py_BuildValue("(is)", n, buf);
}

static PyObject *
double_to_string(PyObject *self, PyObject *args)
{
    double v;
    int code, precision, flags;
    if (!PyArg_ParseTuple(args, "dCii", &v, &code, &precision, &flags))
        return NULL;
    int type = -1;
    char *s = PyOS_double_to_string(v, (char)code, precision, flags, &type);
    if (s == NULL)
        return NULL;
    PyObject *r = Py_BuildValue("(si)", s, type);
    PyMem_Free(s);
    return r;
}

static PyObject *
string_to_double(PyObject *self, PyObject *args)
{
    const char *s;
    int use_end, raise_overflow;
    if (!PyArg_ParseTuple(args, "spp", &s, &use_end, &raise_overflow))
        return NULL;
    char *end = NULL;
    double d = PyOS_string_to_double(s, use_end ? &end : NULL, raise_overflow ? PyExc_OverflowError : NULL);
    if (d == -1.0 && PyErr_Occurred())
        return NULL;
    return Py_BuildValue("(ds)", d, use_end ? end : "(no end)");
}

static PyObject *
strtol_test(PyObject *self, PyObject *args)
{
    const char *s;
    int base;
    if (!PyArg_ParseTuple(args, "si", &s, &base))
        return NULL;
    char *end1, *end2;
    long l = PyOS_strtol(s, &end1, base);
    unsigned long ul = PyOS_strtoul(s, &end2, base);
    return Py_BuildValue("(lsks)", l, end1, ul, end2);
}

static PyObject *
compare_test(PyObject *self, PyObject *args)
{
    const char *a, *b;
    if (!PyArg_ParseTuple(args, "ss", &a, &b))
        return NULL;
    int c1 = PyOS_stricmp(a, b), c2 = PyOS_mystrnicmp(a, b, 2);
    return Py_BuildValue("(ii)", (c1 > 0) - (c1 < 0), (c2 > 0) - (c2 < 0));
}

static PyObject *
runtime(PyObject *self, PyObject *unused)
{
    return Py_BuildValue("(Oii)", strncmp(Py_GetVersion(), "3.11", 4) == 0 ? Py_True : Py_False,
                         Py_IsInitialized(), PyErr_CheckSignals());
}

static PyMethodDef methods[] = {
    {"runaway", runaway, METH_O, NULL},
    {"bounded", bounded, METH_O, NULL},
    {"snprintf_test", snprintf_test, METH_NOARGS, NULL},
    {"double_to_string", double_to_string, METH_VARARGS, NULL},
    {"string_to_double", string_to_double, METH_VARARGS, NULL},
    {"strtol_test", strtol_test, METH_VARARGS, NULL},
    {"compare_test", compare_test, METH_VARARGS, NULL},
    {"runtime", runtime, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "pyos_misc",
    .m_size = -1,
    .m_methods = methods,
};

PyMODINIT_FUNC
PyInit_pyos_misc(void)
{
    PyObject *m = PyModule_Create(&module);
    if (m == NULL)
        return NULL;
    if (PyModule_AddIntConstant(m, "SIGN", Py_DTSF_SIGN) < 0 ||
        PyModule_AddIntConstant(m, "ADD_DOT_0", Py_DTSF_ADD_DOT_0) < 0 ||
        PyModule_AddIntConstant(m, "ALT", Py_DTSF_ALT) < 0)
        return NULL;
    return m;
}
