/* Calling conventions of module functions and methods: NOARGS, O, VARARGS,
 * VARARGS|KEYWORDS, FASTCALL, FASTCALL|KEYWORDS, METHOD|FASTCALL|KEYWORDS,
 * CLASS, STATIC, COEXIST, and a type called through tp_vectorcall_offset. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stddef.h>

static PyObject *
describe(const char *kind, PyObject *self, PyObject *args, PyObject *kwargs)
{
    return Py_BuildValue("(sOOO)", kind, self ? self : Py_None,
                         args ? args : Py_None, kwargs ? kwargs : Py_None);
}

static PyObject *
f_noargs(PyObject *self, PyObject *unused)
{
    return Py_BuildValue("(sO)", "noargs", unused ? unused : Py_None);
}

static PyObject *
f_o(PyObject *self, PyObject *arg)
{
    return describe("o", NULL, arg, NULL);
}

static PyObject *
f_varargs(PyObject *self, PyObject *args)
{
    return describe("varargs", NULL, args, NULL);
}

static PyObject *
f_keywords(PyObject *self, PyObject *args, PyObject *kwargs)
{
    return describe("keywords", NULL, args, kwargs);
}

static PyObject *
pack_fast(const char *kind, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    PyObject *pos = PyTuple_New(nargs);
    if (pos == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < nargs; i++)
        PyTuple_SET_ITEM(pos, i, Py_NewRef(args[i]));
    PyObject *kwvals = PyList_New(0);
    if (kwvals == NULL) {
        Py_DECREF(pos);
        return NULL;
    }
    Py_ssize_t nkw = kwnames ? PyTuple_GET_SIZE(kwnames) : 0;
    for (Py_ssize_t i = 0; i < nkw; i++) {
        PyObject *pair = Py_BuildValue("(OO)", PyTuple_GET_ITEM(kwnames, i), args[nargs + i]);
        if (pair == NULL || PyList_Append(kwvals, pair) < 0) {
            Py_XDECREF(pair);
            Py_DECREF(pos);
            Py_DECREF(kwvals);
            return NULL;
        }
        Py_DECREF(pair);
    }
    PyObject *r = Py_BuildValue("(sNN)", kind, pos, kwvals);
    return r;
}

static PyObject *
f_fast(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    return pack_fast("fast", args, nargs, NULL);
}

static PyObject *
f_fastkw(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    return pack_fast("fastkw", args, nargs, kwnames);
}

static PyMethodDef module_methods[] = {
    {"noargs", f_noargs, METH_NOARGS, "takes nothing"},
    {"o", f_o, METH_O, NULL},
    {"varargs", f_varargs, METH_VARARGS, NULL},
    {"keywords", (PyCFunction)(void (*)(void))f_keywords, METH_VARARGS | METH_KEYWORDS, NULL},
    {"fast", (PyCFunction)(void (*)(void))f_fast, METH_FASTCALL, NULL},
    {"fastkw", (PyCFunction)(void (*)(void))f_fastkw, METH_FASTCALL | METH_KEYWORDS, NULL},
    {NULL, NULL, 0, NULL},
};

/* A type exercising method flavours and vectorcall. */
typedef struct {
    PyObject_HEAD
    vectorcallfunc vectorcall;
    long calls;
} CallerObject;

static PyObject *
caller_vectorcall(PyObject *self, PyObject *const *args, size_t nargsf, PyObject *kwnames)
{
    ((CallerObject *)self)->calls++;
    return pack_fast("vectorcall", args, PyVectorcall_NARGS(nargsf), kwnames);
}

static PyObject *
caller_call(PyObject *self, PyObject *args, PyObject *kwargs)
{
    return describe("tp_call", NULL, args, kwargs);
}

static PyObject *
caller_new(PyTypeObject *type, PyObject *args, PyObject *kwargs)
{
    CallerObject *self = (CallerObject *)type->tp_alloc(type, 0);
    if (self != NULL)
        self->vectorcall = caller_vectorcall;
    return (PyObject *)self;
}

static PyObject *
m_method(PyObject *self, PyTypeObject *defining, PyObject *const *args, Py_ssize_t nargs,
         PyObject *kwnames)
{
    PyObject *packed = pack_fast("method", args, nargs, kwnames);
    if (packed == NULL)
        return NULL;
    return Py_BuildValue("(NsO)", packed, defining->tp_name,
                         Py_TYPE(self) == defining ? Py_True : Py_False);
}

static PyObject *
m_class(PyObject *cls, PyObject *args)
{
    return Py_BuildValue("(ssO)", "class", ((PyTypeObject *)cls)->tp_name, args);
}

static PyObject *
m_static(PyObject *self, PyObject *args)
{
    return describe("static", self, args, NULL);
}

static PyObject *
m_calls(PyObject *self, PyObject *unused)
{
    return PyLong_FromLong(((CallerObject *)self)->calls);
}

static PyObject *
m_len_coexist(PyObject *self, PyObject *unused)
{
    return PyUnicode_FromString("coexisting __len__");
}

static Py_ssize_t
caller_length(PyObject *self)
{
    return 42;
}

static PySequenceMethods caller_as_sequence = {
    .sq_length = caller_length,
};

static PyMethodDef caller_methods[] = {
    {"method", (PyCFunction)(void (*)(void))m_method, METH_METHOD | METH_FASTCALL | METH_KEYWORDS, NULL},
    {"klass", m_class, METH_VARARGS | METH_CLASS, NULL},
    {"static", m_static, METH_VARARGS | METH_STATIC, NULL},
    {"calls", m_calls, METH_NOARGS, NULL},
    {"__len__", m_len_coexist, METH_NOARGS | METH_COEXIST, NULL},
    {NULL, NULL, 0, NULL},
};

static PyTypeObject Caller_Type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "callconv.Caller",
    .tp_basicsize = sizeof(CallerObject),
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_VECTORCALL,
    .tp_vectorcall_offset = offsetof(CallerObject, vectorcall),
    .tp_call = PyVectorcall_Call,
    .tp_new = caller_new,
    .tp_methods = caller_methods,
    .tp_as_sequence = &caller_as_sequence,
};

/* Same shape without vectorcall: tp_call only. */
static PyTypeObject Plain_Type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "callconv.Plain",
    .tp_basicsize = sizeof(PyObject),
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_call = caller_call,
    .tp_new = PyType_GenericNew,
};

static PyObject *
call_with_vectorcall(PyObject *self, PyObject *args)
{
    PyObject *callable, *a, *b;
    if (!PyArg_ParseTuple(args, "OOO", &callable, &a, &b))
        return NULL;
    PyObject *stack[3] = {NULL, a, b};
    PyObject *kwnames = Py_BuildValue("(s)", "kw");
    if (kwnames == NULL)
        return NULL;
    PyObject *r = PyObject_Vectorcall(callable, stack + 1, 1 | PY_VECTORCALL_ARGUMENTS_OFFSET, kwnames);
    Py_DECREF(kwnames);
    return r;
}

static PyObject *
call_variants(PyObject *self, PyObject *callable)
{
    PyObject *r1 = PyObject_CallNoArgs(callable);
    if (r1 == NULL)
        return NULL;
    PyObject *r2 = PyObject_CallOneArg(callable, Py_None);
    if (r2 == NULL)
        goto fail1;
    PyObject *r3 = PyObject_CallFunction(callable, "is", 7, "x");
    if (r3 == NULL)
        goto fail2;
    PyObject *r4 = PyObject_CallFunctionObjArgs(callable, Py_True, Py_False, NULL);
    if (r4 == NULL)
        goto fail3;
    PyObject *kw = Py_BuildValue("{s:i}", "k", 1);
    PyObject *targs = Py_BuildValue("(i)", 0);
    PyObject *r5 = (kw && targs) ? PyObject_Call(callable, targs, kw) : NULL;
    Py_XDECREF(kw);
    Py_XDECREF(targs);
    if (r5 == NULL)
        goto fail4;
    return Py_BuildValue("(NNNNN)", r1, r2, r3, r4, r5);
fail4:
    Py_DECREF(r4);
fail3:
    Py_DECREF(r3);
fail2:
    Py_DECREF(r2);
fail1:
    Py_DECREF(r1);
    return NULL;
}

static PyObject *
call_method(PyObject *self, PyObject *args)
{
    PyObject *obj, *name;
    if (!PyArg_ParseTuple(args, "OU", &obj, &name))
        return NULL;
    PyObject *r1 = PyObject_CallMethod(obj, PyUnicode_AsUTF8(name), "(i)", 5);
    if (r1 == NULL)
        return NULL;
    PyObject *r2 = PyObject_CallMethodObjArgs(obj, name, Py_None, NULL);
    if (r2 == NULL) {
        Py_DECREF(r1);
        return NULL;
    }
    PyObject *r3 = PyObject_CallMethodNoArgs(obj, name);
    if (r3 == NULL) {
        Py_DECREF(r1);
        Py_DECREF(r2);
        return NULL;
    }
    return Py_BuildValue("(NNN)", r1, r2, r3);
}

static PyMethodDef more_methods[] = {
    {"call_with_vectorcall", call_with_vectorcall, METH_VARARGS, NULL},
    {"call_variants", call_variants, METH_O, NULL},
    {"call_method", call_method, METH_VARARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "callconv",
    .m_size = -1,
    .m_methods = module_methods,
};

PyMODINIT_FUNC
PyInit_callconv(void)
{
    if (PyType_Ready(&Caller_Type) < 0 || PyType_Ready(&Plain_Type) < 0)
        return NULL;
    PyObject *m = PyModule_Create(&module);
    if (m == NULL)
        return NULL;
    if (PyModule_AddFunctions(m, more_methods) < 0)
        return NULL;
    if (PyModule_AddObjectRef(m, "Caller", (PyObject *)&Caller_Type) < 0)
        return NULL;
    if (PyModule_AddObjectRef(m, "Plain", (PyObject *)&Plain_Type) < 0)
        return NULL;
    return m;
}
