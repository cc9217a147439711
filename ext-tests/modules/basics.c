/* Module creation (single-phase), calling conventions, PyArg_Parse* and
 * Py_BuildValue. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

static PyObject *
noargs(PyObject *self, PyObject *unused)
{
    return PyUnicode_FromString("noargs called");
}

static PyObject *
one(PyObject *self, PyObject *arg)
{
    return PyObject_Repr(arg);
}

static PyObject *
add_ints(PyObject *self, PyObject *args)
{
    int a, b = 10;
    if (!PyArg_ParseTuple(args, "i|i:add_ints", &a, &b))
        return NULL;
    return PyLong_FromLong((long)a + b);
}

static PyObject *
describe(PyObject *self, PyObject *args, PyObject *kwargs)
{
    static char *kwlist[] = {"name", "count", "ratio", "flag", NULL};
    const char *name;
    Py_ssize_t count = 1;
    double ratio = 0.5;
    int flag = 0;
    if (!PyArg_ParseTupleAndKeywords(args, kwargs, "s|nd$p:describe", kwlist, &name, &count, &ratio, &flag))
        return NULL;
    return PyUnicode_FromFormat("%s x%zd ratio=%d%% flag=%d", name, count, (int)(ratio * 100), flag);
}

static PyObject *
fast_sum(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    long total = 0;
    for (Py_ssize_t i = 0; i < nargs; i++) {
        long v = PyLong_AsLong(args[i]);
        if (v == -1 && PyErr_Occurred())
            return NULL;
        total += v;
    }
    return PyLong_FromLong(total);
}

static PyObject *
fast_kw(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    Py_ssize_t nkw = kwnames ? PyTuple_GET_SIZE(kwnames) : 0;
    PyObject *names = kwnames ? Py_NewRef(kwnames) : PyTuple_New(0);
    PyObject *r = Py_BuildValue("(nN)", nargs, names);
    (void)nkw;
    return r;
}

static PyObject *
build(PyObject *self, PyObject *unused)
{
    return Py_BuildValue("(i,s,y#,d,[i,i],{s:i},O,N,z,())", 42, "text", "by\0tes", (Py_ssize_t)6, 2.5,
                         1, 2, "key", 3, Py_None, PyLong_FromLong(7), NULL);
}

static PyObject *
parse_many(PyObject *self, PyObject *args)
{
    unsigned char b;
    short h;
    long l;
    unsigned long k;
    long long L;
    float f;
    const char *z;
    const char *s;
    Py_ssize_t slen;
    PyObject *o;
    int x, y;
    if (!PyArg_ParseTuple(args, "bhlkLfzs#O(ii)", &b, &h, &l, &k, &L, &f, &z, &s, &slen, &o, &x, &y))
        return NULL;
    return Py_BuildValue("(ihlkLdssnOii)", (int)b, h, l, k, L, (double)f, z ? z : "<null>", s, slen, o, x, y);
}

static PyObject *
unpack(PyObject *self, PyObject *args)
{
    PyObject *a, *b = NULL;
    if (!PyArg_UnpackTuple(args, "unpack", 1, 2, &a, &b))
        return NULL;
    return PyTuple_Pack(2, a, b ? b : Py_None);
}

static PyMethodDef methods[] = {
    {"noargs", noargs, METH_NOARGS, "Takes nothing."},
    {"one", one, METH_O, NULL},
    {"add_ints", add_ints, METH_VARARGS, NULL},
    {"describe", (PyCFunction)(void (*)(void))describe, METH_VARARGS | METH_KEYWORDS, NULL},
    {"fast_sum", (PyCFunction)(void (*)(void))fast_sum, METH_FASTCALL, NULL},
    {"fast_kw", (PyCFunction)(void (*)(void))fast_kw, METH_FASTCALL | METH_KEYWORDS, NULL},
    {"build", build, METH_NOARGS, NULL},
    {"parse_many", parse_many, METH_VARARGS, NULL},
    {"unpack", unpack, METH_VARARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "basics", "Calling conventions and argument parsing.", -1, methods,
    NULL, NULL, NULL, NULL,
};

PyMODINIT_FUNC
PyInit_basics(void)
{
    PyObject *m = PyModule_Create(&module);
    if (m == NULL)
        return NULL;
    if (PyModule_AddIntConstant(m, "ANSWER", 42) < 0 || PyModule_AddStringConstant(m, "NAME", "basics") < 0)
        return NULL;
    PyObject *t = Py_BuildValue("(ii)", 1, 2);
    if (PyModule_AddObject(m, "PAIR", t) < 0)
        return NULL;
    return m;
}
