/* str objects from C: AsUTF8(AndSize), the PEP 393 macros (KIND, DATA,
 * READ, GET_LENGTH, IS_ASCII, MAX_CHAR_VALUE), PyUnicode_New + WRITE,
 * ReadChar/WriteChar, FromKindAndData, Substring, Concat, Join, Split,
 * Find/FindChar/Count/Replace/Tailmatch, Compare(WithASCIIString),
 * RichCompare, Contains, AsUCS4, wide chars, FromOrdinal, InternFromString. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

static PyObject *
utf8(PyObject *self, PyObject *o)
{
    Py_ssize_t n;
    const char *s = PyUnicode_AsUTF8AndSize(o, &n);
    if (s == NULL)
        return NULL;
    const char *again = PyUnicode_AsUTF8(o);
    return Py_BuildValue("(y#nO)", s, n, n, s == again ? Py_True : Py_False);
}

static PyObject *
pep393(PyObject *self, PyObject *o)
{
    if (!PyUnicode_Check(o))
        return PyUnicode_FromString("not str");
    int kind = PyUnicode_KIND(o);
    const void *data = PyUnicode_DATA(o);
    Py_ssize_t n = PyUnicode_GET_LENGTH(o);
    PyObject *codes = PyList_New(0);
    if (codes == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *c = PyLong_FromLong((long)PyUnicode_READ(kind, data, i));
        if (c == NULL || PyList_Append(codes, c) < 0) {
            Py_XDECREF(c);
            Py_DECREF(codes);
            return NULL;
        }
        Py_DECREF(c);
    }
    return Py_BuildValue("(iniNlk)", kind, n, PyUnicode_IS_ASCII(o), codes,
                         (long)PyUnicode_READ_CHAR(o, 0), (unsigned long)PyUnicode_MAX_CHAR_VALUE(o));
}

static PyObject *
build(PyObject *self, PyObject *args)
{
    Py_ssize_t n;
    unsigned int maxchar;
    if (!PyArg_ParseTuple(args, "nI", &n, &maxchar))
        return NULL;
    PyObject *u = PyUnicode_New(n, maxchar);
    if (u == NULL)
        return NULL;
    int kind = PyUnicode_KIND(u);
    void *data = PyUnicode_DATA(u);
    for (Py_ssize_t i = 0; i < n; i++)
        PyUnicode_WRITE(kind, data, i, (Py_UCS4)(maxchar - i));
    return Py_BuildValue("(Ni)", u, kind);
}

static PyObject *
read_write(PyObject *self, PyObject *args)
{
    PyObject *o;
    Py_ssize_t i;
    if (!PyArg_ParseTuple(args, "Un", &o, &i))
        return NULL;
    Py_UCS4 c = PyUnicode_ReadChar(o, i);
    if (c == (Py_UCS4)-1 && PyErr_Occurred())
        return NULL;
    PyObject *copy = PyUnicode_New(PyUnicode_GET_LENGTH(o), 0x10ffff);
    if (copy == NULL)
        return NULL;
    if (PyUnicode_CopyCharacters(copy, 0, o, 0, PyUnicode_GET_LENGTH(o)) < 0 ||
        PyUnicode_WriteChar(copy, i, 'W') < 0) {
        Py_DECREF(copy);
        return NULL;
    }
    return Py_BuildValue("(kN)", (unsigned long)c, copy);
}

static PyObject *
kinds(PyObject *self, PyObject *unused)
{
    Py_UCS1 a[] = {'h', 0xe9};
    Py_UCS2 b[] = {0x20ac, 'x'};
    Py_UCS4 c[] = {0x1f600, 'y'};
    PyObject *ua = PyUnicode_FromKindAndData(PyUnicode_1BYTE_KIND, a, 2);
    PyObject *ub = PyUnicode_FromKindAndData(PyUnicode_2BYTE_KIND, b, 2);
    PyObject *uc = PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, c, 2);
    PyObject *ud = PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, a, 0);
    return Py_BuildValue("(NNNNiii)", ua, ub, uc, ud, PyUnicode_KIND(ua) == PyUnicode_1BYTE_KIND,
                         ub ? PyUnicode_KIND(ub) : -1, ud ? PyUnicode_KIND(ud) : -1);
}

static PyObject *
ops(PyObject *self, PyObject *args)
{
    PyObject *s, *sub;
    if (!PyArg_ParseTuple(args, "UU", &s, &sub))
        return NULL;
    Py_ssize_t n = PyUnicode_GET_LENGTH(s);
    PyObject *r = Py_BuildValue(
        "(NNnnnnnnNiiii)", PyUnicode_Substring(s, 1, n - 1), PyUnicode_Concat(s, sub),
        PyUnicode_Find(s, sub, 0, n, 1), PyUnicode_Find(s, sub, 0, n, -1),
        PyUnicode_FindChar(s, 'a', 0, n, 1), PyUnicode_Count(s, sub, 0, n),
        PyUnicode_Tailmatch(s, sub, 0, n, -1), PyUnicode_Tailmatch(s, sub, 0, n, 1),
        PyUnicode_Replace(s, sub, s, 1), PyUnicode_Compare(s, sub),
        PyUnicode_CompareWithASCIIString(s, "abc"), PyUnicode_Contains(s, sub),
        PyUnicode_GetLength(s) == n);
    return r;
}

static PyObject *
join_split(PyObject *self, PyObject *args)
{
    PyObject *sep, *seq;
    if (!PyArg_ParseTuple(args, "UO", &sep, &seq))
        return NULL;
    PyObject *joined = PyUnicode_Join(sep, seq);
    if (joined == NULL)
        return NULL;
    PyObject *parts = PyUnicode_Split(joined, sep, -1);
    PyObject *ws = PyUnicode_Split(joined, NULL, 1);
    PyObject *lines = PyUnicode_Splitlines(joined, 1);
    PyObject *part = PyUnicode_Partition(joined, sep);
    return Py_BuildValue("(NNNNN)", joined, parts, ws, lines, part);
}

static PyObject *
richcompare(PyObject *self, PyObject *args)
{
    PyObject *a, *b;
    int op;
    if (!PyArg_ParseTuple(args, "OOi", &a, &b, &op))
        return NULL;
    return PyUnicode_RichCompare(a, b, op);
}

static PyObject *
ucs4(PyObject *self, PyObject *o)
{
    Py_UCS4 *buf = PyUnicode_AsUCS4Copy(o);
    if (buf == NULL)
        return NULL;
    Py_ssize_t n = PyUnicode_GetLength(o);
    PyObject *r = PyList_New(n);
    for (Py_ssize_t i = 0; r && i < n; i++)
        PyList_SET_ITEM(r, i, PyLong_FromUnsignedLong(buf[i]));
    PyMem_Free(buf);
    return r;
}

static PyObject *
wide(PyObject *self, PyObject *o)
{
    wchar_t buf[16];
    Py_ssize_t n = PyUnicode_AsWideChar(o, buf, 16);
    if (n < 0)
        return NULL;
    Py_ssize_t size;
    wchar_t *copy = PyUnicode_AsWideCharString(o, &size);
    if (copy == NULL)
        return NULL;
    PyObject *back = PyUnicode_FromWideChar(copy, size);
    PyMem_Free(copy);
    return Py_BuildValue("(nnN)", n, size, back);
}

static PyObject *
misc(PyObject *self, PyObject *unused)
{
    PyObject *interned = PyUnicode_InternFromString("interned_name");
    PyObject *again = PyUnicode_InternFromString("interned_name");
    PyObject *ord = PyUnicode_FromOrdinal(0x1f40d);
    PyObject *bad = PyUnicode_FromOrdinal(0x110000);
    PyObject *err = NULL;
    if (bad == NULL) {
        PyObject *t, *tb;
        PyErr_Fetch(&t, &err, &tb);
        Py_XDECREF(t);
        Py_XDECREF(tb);
    }
    PyObject *sz = PyUnicode_FromStringAndSize("abcdef", 3);
    PyObject *r = Py_BuildValue("(OONNN)", interned, interned == again ? Py_True : Py_False, ord,
                                err ? err : Py_None, sz);
    Py_XDECREF(interned);
    Py_XDECREF(again);
    return r;
}

static PyObject *
fromobject(PyObject *self, PyObject *o)
{
    PyObject *a = PyObject_Str(o);
    if (a == NULL)
        return NULL;
    return Py_BuildValue("(NN)", a, PyUnicode_FromObject(o));
}

static PyMethodDef methods[] = {
    {"utf8", utf8, METH_O, NULL},
    {"pep393", pep393, METH_O, NULL},
    {"build", build, METH_VARARGS, NULL},
    {"read_write", read_write, METH_VARARGS, NULL},
    {"kinds", kinds, METH_NOARGS, NULL},
    {"ops", ops, METH_VARARGS, NULL},
    {"join_split", join_split, METH_VARARGS, NULL},
    {"richcompare", richcompare, METH_VARARGS, NULL},
    {"ucs4", ucs4, METH_O, NULL},
    {"wide", wide, METH_O, NULL},
    {"misc", misc, METH_NOARGS, NULL},
    {"fromobject", fromobject, METH_O, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "unicode_api",
    .m_size = -1,
    .m_methods = methods,
};

PyMODINIT_FUNC
PyInit_unicode_api(void)
{
    return PyModule_Create(&module);
}
