/* Argument-Clinic-style METH_FASTCALL functions using _PyArg_Parser and
 * the private argument helpers, plus vectorcall and direct access to
 * str, tuple, list and dict internals, the way CPython's own modules are
 * written. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

/* join($module, items, /, sep=' ', *, limit=-1) */
static PyObject *
join_impl(PyObject *module, PyObject *items, PyObject *sep, Py_ssize_t limit)
{
    PyObject *seq, *parts, *result;
    Py_ssize_t n, i;

    seq = PySequence_Fast(items, "join() expects a sequence");
    if (seq == NULL) {
        return NULL;
    }
    n = PySequence_Fast_GET_SIZE(seq);
    if (limit >= 0 && limit < n) {
        n = limit;
    }
    parts = PyList_New(n);
    if (parts == NULL) {
        Py_DECREF(seq);
        return NULL;
    }
    for (i = 0; i < n; i++) {
        PyObject *s = PyObject_Str(PySequence_Fast_GET_ITEM(seq, i));
        if (s == NULL) {
            Py_DECREF(parts);
            Py_DECREF(seq);
            return NULL;
        }
        PyList_SET_ITEM(parts, i, s);
    }
    Py_DECREF(seq);
    result = PyUnicode_Join(sep, parts);
    Py_DECREF(parts);
    return result;
}

static PyObject *
join(PyObject *module, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    PyObject *return_value = NULL;
    static const char * const _keywords[] = {"", "sep", "limit", NULL};
    static _PyArg_Parser _parser = {.keywords = _keywords, .fname = "join"};
    PyObject *argsbuf[3];
    Py_ssize_t noptargs = nargs + (kwnames ? PyTuple_GET_SIZE(kwnames) : 0) - 1;
    PyObject *items;
    PyObject *sep = NULL;
    Py_ssize_t limit = -1;

    args = _PyArg_UnpackKeywords(args, nargs, NULL, kwnames, &_parser, 1, 2, 0, argsbuf);
    if (!args) {
        goto exit;
    }
    items = args[0];
    if (!noptargs) {
        goto skip_optional_pos;
    }
    if (args[1]) {
        if (!PyUnicode_Check(args[1])) {
            _PyArg_BadArgument("join", "argument 'sep'", "str", args[1]);
            goto exit;
        }
        if (PyUnicode_READY(args[1]) == -1) {
            goto exit;
        }
        sep = args[1];
        if (!--noptargs) {
            goto skip_optional_pos;
        }
    }
skip_optional_pos:
    if (!noptargs) {
        goto skip_optional_kwonly;
    }
    {
        Py_ssize_t ival = -1;
        PyObject *iobj = _PyNumber_Index(args[2]);
        if (iobj != NULL) {
            ival = PyLong_AsSsize_t(iobj);
            Py_DECREF(iobj);
        }
        if (ival == -1 && PyErr_Occurred()) {
            goto exit;
        }
        limit = ival;
    }
skip_optional_kwonly:
    if (sep == NULL) {
        sep = PyUnicode_FromOrdinal(' ');
        if (sep == NULL) {
            goto exit;
        }
        return_value = join_impl(module, items, sep, limit);
        Py_DECREF(sep);
        goto exit;
    }
    return_value = join_impl(module, items, sep, limit);
exit:
    return return_value;
}

/* clamp($module, value, low, high, /) */
static PyObject *
clamp(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    double value, low, high;

    if (!_PyArg_CheckPositional("clamp", nargs, 3, 3)) {
        return NULL;
    }
    if (PyFloat_CheckExact(args[0])) {
        value = PyFloat_AS_DOUBLE(args[0]);
    }
    else {
        value = PyFloat_AsDouble(args[0]);
        if (value == -1.0 && PyErr_Occurred()) {
            return NULL;
        }
    }
    low = PyFloat_AsDouble(args[1]);
    if (low == -1.0 && PyErr_Occurred()) {
        return NULL;
    }
    high = PyFloat_AsDouble(args[2]);
    if (high == -1.0 && PyErr_Occurred()) {
        return NULL;
    }
    return PyFloat_FromDouble(value < low ? low : value > high ? high : value);
}

/* count_chars($module, text, /): code points per storage width. */
static PyObject *
count_chars(PyObject *module, PyObject *text)
{
    Py_ssize_t i, n, wide = 0;
    int kind;
    const void *data;

    if (!PyUnicode_Check(text)) {
        _PyArg_BadArgument("count_chars", "argument", "str", text);
        return NULL;
    }
    if (PyUnicode_READY(text) < 0) {
        return NULL;
    }
    n = PyUnicode_GET_LENGTH(text);
    kind = PyUnicode_KIND(text);
    data = PyUnicode_DATA(text);
    for (i = 0; i < n; i++) {
        if (PyUnicode_READ(kind, data, i) > 0xFF) {
            wide++;
        }
    }
    return Py_BuildValue("(nniO)", n, wide, kind,
                         PyUnicode_IS_ASCII(text) ? Py_True : Py_False);
}

/* first_char($module, text, /) */
static PyObject *
first_char(PyObject *module, PyObject *text)
{
    Py_UCS4 ch;
    if (!PyUnicode_Check(text) || PyUnicode_GET_LENGTH(text) == 0) {
        PyErr_SetString(PyExc_ValueError, "need a non-empty str");
        return NULL;
    }
    ch = PyUnicode_READ_CHAR(text, 0);
    return PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, &ch, 1);
}

/* call_with($module, func, /, *args): forward through vectorcall. */
static PyObject *
call_with(PyObject *module, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    if (nargs < 1) {
        PyErr_SetString(PyExc_TypeError, "call_with() needs a callable");
        return NULL;
    }
    /* args[0] may be overwritten by the callee: PY_VECTORCALL_ARGUMENTS_OFFSET. */
    return PyObject_Vectorcall(args[0], args + 1,
                               (size_t)(nargs - 1) | PY_VECTORCALL_ARGUMENTS_OFFSET, kwnames);
}

/* sum_values($module, mapping, /) */
static PyObject *
sum_values(PyObject *module, PyObject *mapping)
{
    PyObject *key, *value, *total;
    Py_ssize_t pos = 0;

    if (!PyDict_Check(mapping)) {
        _PyArg_BadArgument("sum_values", "argument", "dict", mapping);
        return NULL;
    }
    total = PyLong_FromLong(0);
    if (total == NULL) {
        return NULL;
    }
    while (PyDict_Next(mapping, &pos, &key, &value)) {
        PyObject *sum = PyNumber_Add(total, value);
        Py_SETREF(total, sum);
        if (total == NULL) {
            return NULL;
        }
    }
    return Py_BuildValue("(Nn)", total, PyDict_GET_SIZE(mapping));
}

/* swap($module, pair, /): tuples and lists by direct item access. */
static PyObject *
swap(PyObject *module, PyObject *pair)
{
    if (PyTuple_CheckExact(pair) && PyTuple_GET_SIZE(pair) == 2) {
        return PyTuple_Pack(2, PyTuple_GET_ITEM(pair, 1), PyTuple_GET_ITEM(pair, 0));
    }
    if (PyList_Check(pair) && PyList_GET_SIZE(pair) == 2) {
        PyObject *a = PyList_GET_ITEM(pair, 0);
        PyList_SET_ITEM(pair, 0, PyList_GET_ITEM(pair, 1));
        PyList_SET_ITEM(pair, 1, a);
        return Py_NewRef(pair);
    }
    PyErr_SetString(PyExc_TypeError, "swap() expects a pair");
    return NULL;
}

/* peek_error($module, /): inspect the thread state's current exception. */
static PyObject *
peek_error(PyObject *module, PyObject *Py_UNUSED(ignored))
{
    PyThreadState *tstate = PyThreadState_Get();
    PyObject *handled = tstate->exc_info->exc_value;
    PyErr_SetString(PyExc_KeyError, "probe");
    if (tstate->curexc_type != PyExc_KeyError) {
        return NULL;
    }
    PyErr_Clear();
    return Py_NewRef(handled ? handled : Py_None);
}

/* bytes_info($module, data, /) */
static PyObject *
bytes_info(PyObject *module, PyObject *data)
{
    if (PyBytes_Check(data)) {
        return Py_BuildValue("(ny#)", PyBytes_GET_SIZE(data), PyBytes_AS_STRING(data),
                             PyBytes_GET_SIZE(data) > 4 ? (Py_ssize_t)4 : PyBytes_GET_SIZE(data));
    }
    if (PyByteArray_Check(data)) {
        return Py_BuildValue("(ny#)", PyByteArray_GET_SIZE(data), PyByteArray_AS_STRING(data),
                             (Py_ssize_t)0);
    }
    Py_RETURN_NONE;
}

static PyMethodDef clinic_methods[] = {
    {"join", _PyCFunction_CAST(join), METH_FASTCALL | METH_KEYWORDS,
     PyDoc_STR("join($module, items, /, sep=' ', *, limit=-1)\n--\n\n")},
    {"clamp", _PyCFunction_CAST(clamp), METH_FASTCALL, NULL},
    {"count_chars", count_chars, METH_O, NULL},
    {"first_char", first_char, METH_O, NULL},
    {"call_with", _PyCFunction_CAST(call_with), METH_FASTCALL | METH_KEYWORDS, NULL},
    {"sum_values", sum_values, METH_O, NULL},
    {"swap", swap, METH_O, NULL},
    {"peek_error", peek_error, METH_NOARGS, NULL},
    {"bytes_info", bytes_info, METH_O, NULL},
    {NULL, NULL, 0, NULL}
};

static struct PyModuleDef clinic_module = {
    PyModuleDef_HEAD_INIT, "clinic_fastcall", NULL, 0, clinic_methods, NULL, NULL, NULL, NULL
};

PyMODINIT_FUNC
PyInit_clinic_fastcall(void)
{
    return PyModuleDef_Init(&clinic_module);
}
