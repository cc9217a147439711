/* PyArg_ParseTupleAndKeywords (and _PyArg_ParseTuple_SizeT, called by name
 * since PY_SSIZE_T_CLEAN is not defined here) with optional |, keyword-only
 * $, positional-only (empty names), : and ; in the format, PyArg_VaParse*
 * through helpers, and '#' refused without PY_SSIZE_T_CLEAN. */
#include <Python.h>

/* Exported by libpython; declared by the headers only with PY_SSIZE_T_CLEAN. */
PyAPI_FUNC(int) _PyArg_ParseTuple_SizeT(PyObject *, const char *, ...);

static PyObject *
hash_without_clean(PyObject *self, PyObject *args)
{
    const char *data;
    int len;
    if (!PyArg_ParseTuple(args, "s#", &data, &len))
        return NULL;
    return PyLong_FromLong(len);
}

static PyObject *
kw_basic(PyObject *self, PyObject *args, PyObject *kwargs)
{
    static char *names[] = {"a", "b", "c", NULL};
    int a;
    const char *b = "dflt";
    PyObject *c = Py_None;
    if (!PyArg_ParseTupleAndKeywords(args, kwargs, "i|sO:basic", names, &a, &b, &c))
        return NULL;
    return Py_BuildValue("(isO)", a, b, c);
}

static PyObject *
kw_only(PyObject *self, PyObject *args, PyObject *kwargs)
{
    static char *names[] = {"x", "y", "flag", NULL};
    int x, y = 2, flag = 0;
    if (!PyArg_ParseTupleAndKeywords(args, kwargs, "i|i$p", names, &x, &y, &flag))
        return NULL;
    return Py_BuildValue("(iii)", x, y, flag);
}

static PyObject *
kw_required_only(PyObject *self, PyObject *args, PyObject *kwargs)
{
    static char *names[] = {"x", "key", NULL};
    int x;
    PyObject *key;
    if (!PyArg_ParseTupleAndKeywords(args, kwargs, "i$O:required_only", names, &x, &key))
        return NULL;
    return Py_BuildValue("(iO)", x, key);
}

static PyObject *
kw_posonly(PyObject *self, PyObject *args, PyObject *kwargs)
{
    static char *names[] = {"", "", "z", NULL};
    int a, b = 20, z = 30;
    if (!PyArg_ParseTupleAndKeywords(args, kwargs, "i|ii:posonly", names, &a, &b, &z))
        return NULL;
    return Py_BuildValue("(iii)", a, b, z);
}

static PyObject *
kw_semicolon(PyObject *self, PyObject *args, PyObject *kwargs)
{
    static char *names[] = {"n", NULL};
    double n;
    if (!PyArg_ParseTupleAndKeywords(args, kwargs, "d;need a number n", names, &n))
        return NULL;
    return PyFloat_FromDouble(n * 2);
}

static PyObject *
tuple_sizet(PyObject *self, PyObject *args)
{
    const char *data;
    Py_ssize_t len;
    if (!_PyArg_ParseTuple_SizeT(args, "y#", &data, &len))
        return NULL;
    return PyLong_FromSsize_t(len);
}

static int
va_helper(PyObject *args, const char *format, ...)
{
    va_list va;
    va_start(va, format);
    int ok = PyArg_VaParse(args, format, va);
    va_end(va);
    return ok;
}

static PyObject *
via_va(PyObject *self, PyObject *args)
{
    int a = 0, b = 0;
    if (!va_helper(args, "i|i:via_va", &a, &b))
        return NULL;
    return PyLong_FromLong(a * 10 + b);
}

static int
va_kw_helper(PyObject *args, PyObject *kwargs, const char *format, char **names, ...)
{
    va_list va;
    va_start(va, names);
    int ok = PyArg_VaParseTupleAndKeywords(args, kwargs, format, names, va);
    va_end(va);
    return ok;
}

static PyObject *
via_va_kw(PyObject *self, PyObject *args, PyObject *kwargs)
{
    static char *names[] = {"first", "second", NULL};
    PyObject *first, *second = NULL;
    if (!va_kw_helper(args, kwargs, "O|O:via_va_kw", names, &first, &second))
        return NULL;
    return Py_BuildValue("(OO)", first, second ? second : Py_Ellipsis);
}

static PyObject *
validate(PyObject *self, PyObject *args)
{
    PyObject *kwargs = NULL;
    if (!PyArg_ParseTuple(args, "|O", &kwargs))
        return NULL;
    if (!PyArg_ValidateKeywordArguments(kwargs))
        return NULL;
    Py_RETURN_TRUE;
}

static PyMethodDef methods[] = {
    {"basic", (PyCFunction)(void (*)(void))kw_basic, METH_VARARGS | METH_KEYWORDS, NULL},
    {"only", (PyCFunction)(void (*)(void))kw_only, METH_VARARGS | METH_KEYWORDS, NULL},
    {"required_only", (PyCFunction)(void (*)(void))kw_required_only, METH_VARARGS | METH_KEYWORDS, NULL},
    {"posonly", (PyCFunction)(void (*)(void))kw_posonly, METH_VARARGS | METH_KEYWORDS, NULL},
    {"semicolon", (PyCFunction)(void (*)(void))kw_semicolon, METH_VARARGS | METH_KEYWORDS, NULL},
    {"tuple_sizet", tuple_sizet, METH_VARARGS, NULL},
    {"via_va", via_va, METH_VARARGS, NULL},
    {"via_va_kw", (PyCFunction)(void (*)(void))via_va_kw, METH_VARARGS | METH_KEYWORDS, NULL},
    {"hash_without_clean", hash_without_clean, METH_VARARGS, NULL},
    {"validate", validate, METH_VARARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "argparse_kw",
    .m_size = -1,
    .m_methods = methods,
};

PyMODINIT_FUNC
PyInit_argparse_kw(void)
{
    return PyModule_Create(&module);
}
