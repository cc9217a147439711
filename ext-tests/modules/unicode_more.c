/* More of the str API: PyUnicode_Format (the % operator), Append and
 * AppendAndDel, FromEncodedObject, AsUnicodeEscapeString/AsRawUnicodeEscape,
 * DecodeUnicodeEscape, IsIdentifier, New + Fill, Check/CheckExact on
 * subclasses, and PyUnicode_InternInPlace. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

static PyObject *
format(PyObject *self, PyObject *args)
{
    PyObject *fmt, *values;
    if (!PyArg_ParseTuple(args, "OO", &fmt, &values))
        return NULL;
    return PyUnicode_Format(fmt, values);
}

static PyObject *
append(PyObject *self, PyObject *args)
{
    PyObject *a, *b;
    if (!PyArg_ParseTuple(args, "OO", &a, &b))
        return NULL;
    PyObject *left = Py_NewRef(a);
    PyUnicode_Append(&left, b);
    if (left == NULL)
        return NULL;
    PyObject *again = Py_NewRef(left);
    PyUnicode_AppendAndDel(&again, PyUnicode_FromString("!"));
    if (again == NULL) {
        Py_DECREF(left);
        return NULL;
    }
    return Py_BuildValue("(NN)", left, again);
}

static PyObject *
from_encoded(PyObject *self, PyObject *args)
{
    PyObject *o;
    const char *enc = NULL, *errors = NULL;
    if (!PyArg_ParseTuple(args, "O|zz", &o, &enc, &errors))
        return NULL;
    return PyUnicode_FromEncodedObject(o, enc, errors);
}

static PyObject *
escapes(PyObject *self, PyObject *u)
{
    PyObject *esc = PyUnicode_AsUnicodeEscapeString(u);
    if (esc == NULL)
        return NULL;
    PyObject *raw = PyUnicode_AsRawUnicodeEscapeString(u);
    if (raw == NULL) {
        Py_DECREF(esc);
        return NULL;
    }
    PyObject *back = PyUnicode_DecodeUnicodeEscape(PyBytes_AS_STRING(esc), PyBytes_GET_SIZE(esc), NULL);
    return Py_BuildValue("(NNN)", esc, raw, back);
}

static PyObject *
identifier(PyObject *self, PyObject *u)
{
    int r = PyUnicode_IsIdentifier(u);
    if (r < 0)
        return NULL;
    return PyBool_FromLong(r);
}

static PyObject *
fill(PyObject *self, PyObject *args)
{
    Py_ssize_t n;
    int ch;
    if (!PyArg_ParseTuple(args, "nC", &n, &ch))
        return NULL;
    PyObject *u = PyUnicode_New(n, (Py_UCS4)ch);
    if (u == NULL)
        return NULL;
    Py_ssize_t filled = PyUnicode_Fill(u, 0, n, (Py_UCS4)ch);
    if (filled < 0) {
        Py_DECREF(u);
        return NULL;
    }
    return Py_BuildValue("(Nn)", u, filled);
}

static PyObject *
checks(PyObject *self, PyObject *o)
{
    return Py_BuildValue("(ii)", PyUnicode_Check(o), PyUnicode_CheckExact(o));
}

static PyObject *
intern(PyObject *self, PyObject *args)
{
    const char *text;
    if (!PyArg_ParseTuple(args, "s", &text))
        return NULL;
    PyObject *a = PyUnicode_FromString(text);
    PyObject *b = PyUnicode_FromString(text);
    PyUnicode_InternInPlace(&a);
    PyUnicode_InternInPlace(&b);
    PyObject *r = PyBool_FromLong(a == b);
    Py_DECREF(a);
    Py_DECREF(b);
    return r;
}

static PyMethodDef methods[] = {
    {"format", format, METH_VARARGS, NULL},
    {"append", append, METH_VARARGS, NULL},
    {"from_encoded", from_encoded, METH_VARARGS, NULL},
    {"escapes", escapes, METH_O, NULL},
    {"identifier", identifier, METH_O, NULL},
    {"fill", fill, METH_VARARGS, NULL},
    {"checks", checks, METH_O, NULL},
    {"intern", intern, METH_VARARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "unicode_more",
    .m_size = -1,
    .m_methods = methods,
};

PyMODINIT_FUNC
PyInit_unicode_more(void)
{
    return PyModule_Create(&module);
}
