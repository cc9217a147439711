/* Py_BuildValue format units: s s# y y# z z# u u# U U# i b h l B H I k L K
 * n c C d f D O O& S N ( ) [ ] { } and the errors it raises. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

static PyObject *
converter(void *p)
{
    return PyUnicode_FromFormat("converted %d", *(int *)p);
}

static PyObject *
strings(PyObject *self, PyObject *unused)
{
    const wchar_t w[] = L"w\u20acd";
    return Py_BuildValue("(s s# y y# z z# z u u# U U#)", "str", "abcdef", (Py_ssize_t)3, "byt",
                         "a\0b", (Py_ssize_t)3, "zz", "zz#", (Py_ssize_t)2, NULL, w, w,
                         (Py_ssize_t)2, "U", "Uv#", (Py_ssize_t)1);
}

static PyObject *
null_strings(PyObject *self, PyObject *unused)
{
    return Py_BuildValue("(s y# s#)", (char *)NULL, (char *)NULL, (Py_ssize_t)5, (char *)NULL,
                         (Py_ssize_t)0);
}

static PyObject *
integers(PyObject *self, PyObject *unused)
{
    return Py_BuildValue("(i b h l B H I k L K n)", -1, (char)-2, (short)-3, -4L, (unsigned char)250,
                         (unsigned short)65535, (unsigned int)4294967295u, (unsigned long)-1,
                         (long long)-9223372036854775807LL - 1, (unsigned long long)-1,
                         (Py_ssize_t)-7);
}

static PyObject *
chars_floats(PyObject *self, PyObject *unused)
{
    Py_complex z = {1.5, -2.0};
    return Py_BuildValue("(c C C d f D)", 'A', 0x20ac, 'z', 0.1, (double)0.25f, &z);
}

static PyObject *
objects(PyObject *self, PyObject *arg)
{
    int n = 42;
    PyObject *fresh = PyList_New(0);
    if (fresh == NULL)
        return NULL;
    /* N steals the reference to fresh; O and S add one. */
    return Py_BuildValue("(O S N O&)", arg, arg, fresh, converter, &n);
}

static PyObject *
containers(PyObject *self, PyObject *unused)
{
    return Py_BuildValue("[i,(s,i),{s:i,s:[]}]", 1, "t", 2, "k", 3, "e");
}

static PyObject *
shapes(PyObject *self, PyObject *unused)
{
    return Py_BuildValue("(NNNNN)", Py_BuildValue(""), Py_BuildValue("i", 5),
                         Py_BuildValue("ii", 5, 6), Py_BuildValue("()"), Py_BuildValue("(i)", 7));
}

static PyObject *
null_object(PyObject *self, PyObject *unused)
{
    return Py_BuildValue("(iO)", 1, (PyObject *)NULL);
}

static PyObject *
null_object_with_error(PyObject *self, PyObject *unused)
{
    PyErr_SetString(PyExc_KeyError, "from before");
    return Py_BuildValue("(iO)", 1, (PyObject *)NULL);
}

static PyObject *
bad_unit(PyObject *self, PyObject *unused)
{
    return Py_BuildValue("(i!)", 1);
}

static PyObject *
unhashable_key(PyObject *self, PyObject *unused)
{
    return Py_BuildValue("{[]:i}", 1);
}

static PyObject *
bad_utf8(PyObject *self, PyObject *unused)
{
    return Py_BuildValue("s", "\xff\xfe");
}

static PyObject *
refcounts(PyObject *self, PyObject *unused)
{
    PyObject *o = PyList_New(0);
    if (o == NULL)
        return NULL;
    Py_ssize_t before = Py_REFCNT(o);
    PyObject *t1 = Py_BuildValue("(O)", o);
    Py_ssize_t after_o = Py_REFCNT(o);
    Py_INCREF(o);
    PyObject *t2 = Py_BuildValue("(N)", o);
    Py_ssize_t after_n = Py_REFCNT(o);
    Py_XDECREF(t1);
    Py_XDECREF(t2);
    Py_ssize_t at_end = Py_REFCNT(o);
    Py_DECREF(o);
    return Py_BuildValue("(nnnn)", before, after_o, after_n, at_end);
}

static PyObject *
va_build(const char *format, ...)
{
    va_list va;
    va_start(va, format);
    PyObject *r = Py_VaBuildValue(format, va);
    va_end(va);
    return r;
}

static PyObject *
via_va(PyObject *self, PyObject *unused)
{
    return va_build("{s:(ii)}", "va", 1, 2);
}

static PyMethodDef methods[] = {
    {"strings", strings, METH_NOARGS, NULL},
    {"null_strings", null_strings, METH_NOARGS, NULL},
    {"integers", integers, METH_NOARGS, NULL},
    {"chars_floats", chars_floats, METH_NOARGS, NULL},
    {"objects", objects, METH_O, NULL},
    {"containers", containers, METH_NOARGS, NULL},
    {"shapes", shapes, METH_NOARGS, NULL},
    {"null_object", null_object, METH_NOARGS, NULL},
    {"null_object_with_error", null_object_with_error, METH_NOARGS, NULL},
    {"bad_unit", bad_unit, METH_NOARGS, NULL},
    {"unhashable_key", unhashable_key, METH_NOARGS, NULL},
    {"bad_utf8", bad_utf8, METH_NOARGS, NULL},
    {"refcounts", refcounts, METH_NOARGS, NULL},
    {"via_va", via_va, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "buildvalue",
    .m_size = -1,
    .m_methods = methods,
};

PyMODINIT_FUNC
PyInit_buildvalue(void)
{
    return PyModule_Create(&module);
}
