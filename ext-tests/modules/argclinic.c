/* What Argument Clinic generates: a static _PyArg_Parser with
 * _PyArg_UnpackKeywords, _PyArg_ParseStackAndKeywords with a format,
 * _PyArg_CheckPositional, _PyArg_NoKeywords/_PyArg_NoPositional and
 * _PyArg_BadArgument. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

static PyObject *
clinic_unpack(PyObject *module, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    static const char *const keywords[] = {"", "width", "fill", NULL};
    static _PyArg_Parser parser = {.keywords = keywords, .fname = "unpack"};
    PyObject *argsbuf[3];
    Py_ssize_t total = nargs + (kwnames ? PyTuple_GET_SIZE(kwnames) : 0);
    PyObject *const *a = _PyArg_UnpackKeywords(args, nargs, NULL, kwnames, &parser, 2, 3, 0, argsbuf);
    if (a == NULL)
        return NULL;
    PyObject *fill = (total > 2) ? a[2] : NULL;
    long width = PyLong_AsLong(a[1]);
    if (width == -1 && PyErr_Occurred())
        return NULL;
    return Py_BuildValue("(OlO)", a[0], width, fill ? fill : Py_None);
}

static PyObject *
clinic_kwonly(PyObject *module, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    static const char *const keywords[] = {"value", "strict", NULL};
    static _PyArg_Parser parser = {.keywords = keywords, .fname = "kwonly"};
    PyObject *argsbuf[2];
    Py_ssize_t noptargs = nargs + (kwnames ? PyTuple_GET_SIZE(kwnames) : 0) - 1;
    PyObject *const *a = _PyArg_UnpackKeywords(args, nargs, NULL, kwnames, &parser, 1, 1, 0, argsbuf);
    if (a == NULL)
        return NULL;
    int strict = 0;
    if (noptargs > 0) {
        strict = PyObject_IsTrue(a[1]);
        if (strict < 0)
            return NULL;
    }
    return Py_BuildValue("(Oi)", a[0], strict);
}

static PyObject *
clinic_format(PyObject *module, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    static const char *const keywords[] = {"name", "count", NULL};
    static _PyArg_Parser parser = {.keywords = keywords, .format = "U|i:format"};
    PyObject *name;
    int count = 1;
    if (!_PyArg_ParseStackAndKeywords(args, nargs, kwnames, &parser, &name, &count))
        return NULL;
    return PySequence_Repeat(name, count);
}

static PyObject *
clinic_positional(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    if (!_PyArg_CheckPositional("positional", nargs, 1, 2))
        return NULL;
    if (!PyLong_Check(args[0])) {
        _PyArg_BadArgument("positional", "argument 1", "int", args[0]);
        return NULL;
    }
    return Py_BuildValue("(On)", args[0], nargs);
}

static PyObject *
clinic_stack(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    double x;
    const char *s = "none";
    if (!_PyArg_ParseStack(args, nargs, "d|s:stack", &x, &s))
        return NULL;
    return Py_BuildValue("(ds)", x, s);
}

static PyObject *
clinic_nokw(PyObject *module, PyObject *args, PyObject *kwargs)
{
    if (!_PyArg_NoKeywords("nokw", kwargs))
        return NULL;
    return Py_NewRef(args);
}

static PyObject *
clinic_nopos(PyObject *module, PyObject *args, PyObject *kwargs)
{
    if (!_PyArg_NoPositional("nopos", args))
        return NULL;
    return kwargs ? Py_NewRef(kwargs) : PyDict_New();
}

static PyObject *
clinic_unpack_tuple(PyObject *module, PyObject *args)
{
    PyObject *a, *b = NULL;
    if (!PyArg_UnpackTuple(args, "unpack_tuple", 1, 2, &a, &b))
        return NULL;
    return PyTuple_Pack(2, a, b ? b : Py_None);
}

static PyMethodDef methods[] = {
    {"unpack", (PyCFunction)(void (*)(void))clinic_unpack, METH_FASTCALL | METH_KEYWORDS, NULL},
    {"kwonly", (PyCFunction)(void (*)(void))clinic_kwonly, METH_FASTCALL | METH_KEYWORDS, NULL},
    {"format", (PyCFunction)(void (*)(void))clinic_format, METH_FASTCALL | METH_KEYWORDS, NULL},
    {"positional", (PyCFunction)(void (*)(void))clinic_positional, METH_FASTCALL, NULL},
    {"stack", (PyCFunction)(void (*)(void))clinic_stack, METH_FASTCALL, NULL},
    {"nokw", (PyCFunction)(void (*)(void))clinic_nokw, METH_VARARGS | METH_KEYWORDS, NULL},
    {"nopos", (PyCFunction)(void (*)(void))clinic_nopos, METH_VARARGS | METH_KEYWORDS, NULL},
    {"unpack_tuple", clinic_unpack_tuple, METH_VARARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "argclinic",
    .m_size = -1,
    .m_methods = methods,
};

PyMODINIT_FUNC
PyInit_argclinic(void)
{
    return PyModule_Create(&module);
}
