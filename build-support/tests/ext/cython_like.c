/* The kind of code Cython generates for CPython 3.11: direct use of the
 * thread state, int digits, str internals, list over-allocation, method
 * descriptors and builtin-function internals, synthetic tracebacks, a
 * function type with vectorcall, and the datetime capsule. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <frameobject.h>
#include <structmember.h>
#include <datetime.h>

#define likely(x) __builtin_expect(!!(x), 1)
#define unlikely(x) __builtin_expect(!!(x), 0)

/* Exception state straight from the thread state. */
static inline void
pyx_err_fetch(PyThreadState *tstate, PyObject **type, PyObject **value, PyObject **tb)
{
    *type = tstate->curexc_type;
    *value = tstate->curexc_value;
    *tb = tstate->curexc_traceback;
    tstate->curexc_type = NULL;
    tstate->curexc_value = NULL;
    tstate->curexc_traceback = NULL;
}

static inline void
pyx_err_restore(PyThreadState *tstate, PyObject *type, PyObject *value, PyObject *tb)
{
    PyObject *tmp_type = tstate->curexc_type;
    PyObject *tmp_value = tstate->curexc_value;
    PyObject *tmp_tb = tstate->curexc_traceback;
    tstate->curexc_type = type;
    tstate->curexc_value = value;
    tstate->curexc_traceback = tb;
    Py_XDECREF(tmp_type);
    Py_XDECREF(tmp_value);
    Py_XDECREF(tmp_tb);
}

static inline PyObject *
pyx_get_handled_exception(PyThreadState *tstate)
{
    _PyErr_StackItem *info = tstate->exc_info;
    while ((info->exc_value == NULL || info->exc_value == Py_None) && info->previous_item) {
        info = info->previous_item;
    }
    return info->exc_value;
}

/* int -> C long using the digits directly for small values. */
static long
pyx_as_long(PyObject *x)
{
    if (likely(PyLong_Check(x))) {
        const digit *digits = ((PyLongObject *)x)->ob_digit;
        switch (Py_SIZE(x)) {
        case 0: return 0;
        case 1: return (long)digits[0];
        case -1: return -(long)digits[0];
        case 2: return (long)(((unsigned long)digits[1] << PyLong_SHIFT) | digits[0]);
        case -2: return -(long)(((unsigned long)digits[1] << PyLong_SHIFT) | digits[0]);
        default: return PyLong_AsLong(x);
        }
    }
    {
        PyNumberMethods *nb = Py_TYPE(x)->tp_as_number;
        PyObject *tmp;
        long result;
        if (nb == NULL || nb->nb_int == NULL) {
            PyErr_SetString(PyExc_TypeError, "an integer is required");
            return -1;
        }
        tmp = nb->nb_int(x);
        if (tmp == NULL) {
            return -1;
        }
        result = pyx_as_long(tmp);
        Py_DECREF(tmp);
        return result;
    }
}

/* Appending without a call when the list has spare capacity. */
static inline int
pyx_list_append(PyObject *list, PyObject *x)
{
    PyListObject *L = (PyListObject *)list;
    Py_ssize_t len = Py_SIZE(list);
    if (likely(L->allocated > len) && likely(len > (L->allocated >> 1))) {
        Py_INCREF(x);
        PyList_SET_ITEM(list, len, x);
        Py_SET_SIZE(list, len + 1);
        return 0;
    }
    return PyList_Append(list, x);
}

/* str equality using the cached hash and the PEP 393 data. */
static int
pyx_unicode_equals(PyObject *s1, PyObject *s2)
{
    Py_ssize_t length;
    int kind;
    Py_hash_t h1, h2;
    if (s1 == s2) {
        return 1;
    }
    if (PyUnicode_READY(s1) < 0 || PyUnicode_READY(s2) < 0) {
        return -1;
    }
    length = PyUnicode_GET_LENGTH(s1);
    if (length != PyUnicode_GET_LENGTH(s2)) {
        return 0;
    }
    h1 = ((PyASCIIObject *)s1)->hash;
    h2 = ((PyASCIIObject *)s2)->hash;
    if (h1 != h2 && h1 != -1 && h2 != -1) {
        return 0;
    }
    kind = PyUnicode_KIND(s1);
    if (kind != PyUnicode_KIND(s2)) {
        return 0;
    }
    return memcmp(PyUnicode_DATA(s1), PyUnicode_DATA(s2), (size_t)(length * kind)) == 0;
}

/* Attribute lookup through tp_getattro, as Cython's fast path does. */
static inline PyObject *
pyx_getattr(PyObject *obj, PyObject *name)
{
    PyTypeObject *tp = Py_TYPE(obj);
    if (likely(tp->tp_getattro)) {
        return tp->tp_getattro(obj, name);
    }
    return PyObject_GetAttr(obj, name);
}

/* Calling through tp_call with recursion checks. */
static PyObject *
pyx_call(PyObject *func, PyObject *args, PyObject *kw)
{
    ternaryfunc call = Py_TYPE(func)->tp_call;
    PyObject *result;
    if (unlikely(!call)) {
        return PyObject_Call(func, args, kw);
    }
    if (unlikely(Py_EnterRecursiveCall(" while calling a Python object"))) {
        return NULL;
    }
    result = call(func, args, kw);
    Py_LeaveRecursiveCall();
    if (unlikely(!result) && unlikely(!PyErr_Occurred())) {
        PyErr_SetString(PyExc_SystemError, "NULL result without error in PyObject_Call");
    }
    return result;
}

/* Calling a METH_FASTCALL builtin directly. */
static PyObject *
pyx_call_cfunction_fast(PyObject *func, PyObject *const *args, Py_ssize_t nargs)
{
    int flags = PyCFunction_GET_FLAGS(func);
    PyObject *self = PyCFunction_GET_SELF(func);
    if ((flags & ~(METH_CLASS | METH_STATIC | METH_COEXIST | METH_KEYWORDS | METH_STACKLESS))
        == METH_FASTCALL) {
        if (flags & METH_KEYWORDS) {
            return ((_PyCFunctionFastWithKeywords)(void (*)(void))PyCFunction_GET_FUNCTION(func))(
                self, args, nargs, NULL);
        }
        return ((_PyCFunctionFast)(void (*)(void))PyCFunction_GET_FUNCTION(func))(self, args,
                                                                                 nargs);
    }
    return PyObject_Vectorcall(func, args, (size_t)nargs, NULL);
}

/* Unbound method lookup through method descriptors. */
static PyObject *
pyx_method_name(PyObject *type, PyObject *name)
{
    PyObject *descr = _PyType_Lookup((PyTypeObject *)type, name);
    if (descr != NULL && Py_IS_TYPE(descr, &PyMethodDescr_Type)) {
        PyMethodDescrObject *md = (PyMethodDescrObject *)descr;
        return PyUnicode_FromString(md->d_method->ml_name);
    }
    Py_RETURN_NONE;
}

/* Adding a synthetic frame to the traceback. */
static void
pyx_add_traceback(const char *funcname, int py_line, const char *filename)
{
    PyThreadState *tstate = _PyThreadState_UncheckedGet();
    PyObject *type, *value, *tb;
    PyCodeObject *code;
    PyFrameObject *frame;

    pyx_err_fetch(tstate, &type, &value, &tb);
    code = PyCode_NewEmpty(filename, funcname, py_line);
    pyx_err_restore(tstate, type, value, tb);
    if (code == NULL) {
        return;
    }
    frame = PyFrame_New(tstate, code, PyEval_GetGlobals(), NULL);
    if (frame != NULL) {
        PyTraceBack_Here(frame);
        Py_DECREF(frame);
    }
    Py_DECREF(code);
}

/* A function object with its own vectorcall, like Cython's CyFunction. */
typedef struct {
    PyCMethodObject func;
    vectorcallfunc func_vectorcall;
    PyObject *func_dict;
    PyObject *func_name;
    int flags;
} CyFunctionObject;

static PyObject *
cyfunction_vectorcall(PyObject *func, PyObject *const *args, size_t nargsf, PyObject *kwnames)
{
    CyFunctionObject *cy = (CyFunctionObject *)func;
    Py_ssize_t nargs = PyVectorcall_NARGS(nargsf);
    PyMethodDef *def = ((PyCFunctionObject *)cy)->m_ml;
    if (kwnames && PyTuple_GET_SIZE(kwnames)) {
        PyErr_Format(PyExc_TypeError, "%.200s() takes no keyword arguments", def->ml_name);
        return NULL;
    }
    return ((_PyCFunctionFast)(void (*)(void))def->ml_meth)(((PyCFunctionObject *)cy)->m_self,
                                                            args, nargs);
}

static int
cyfunction_traverse(CyFunctionObject *op, visitproc visit, void *arg)
{
    Py_VISIT(((PyCFunctionObject *)op)->m_self);
    Py_VISIT(op->func_dict);
    Py_VISIT(op->func_name);
    return 0;
}

static void
cyfunction_dealloc(CyFunctionObject *op)
{
    PyObject_GC_UnTrack(op);
    Py_CLEAR(((PyCFunctionObject *)op)->m_self);
    Py_CLEAR(op->func_dict);
    Py_CLEAR(op->func_name);
    PyObject_GC_Del(op);
}

static PyMemberDef cyfunction_members[] = {
    {"__dictoffset__", T_PYSSIZET, offsetof(CyFunctionObject, func_dict), READONLY, NULL},
    {"__vectorcalloffset__", T_PYSSIZET, offsetof(CyFunctionObject, func_vectorcall), READONLY,
     NULL},
    {NULL, 0, 0, 0, NULL}
};

static PyTypeObject CyFunction_Type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "cython_like.cyfunction",
    .tp_basicsize = sizeof(CyFunctionObject),
    .tp_vectorcall_offset = offsetof(CyFunctionObject, func_vectorcall),
    .tp_dealloc = (destructor)cyfunction_dealloc,
    .tp_call = PyVectorcall_Call,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_HAVE_VECTORCALL
                | Py_TPFLAGS_METHOD_DESCRIPTOR,
    .tp_traverse = (traverseproc)cyfunction_traverse,
    .tp_members = cyfunction_members,
    .tp_dictoffset = offsetof(CyFunctionObject, func_dict),
};

static PyObject *
make_answer(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    return PyLong_FromSsize_t(nargs + 41);
}

static PyMethodDef answer_def = {"answer", _PyCFunction_CAST(make_answer), METH_FASTCALL, NULL};

static PyObject *
new_cyfunction(PyObject *module, PyObject *Py_UNUSED(ignored))
{
    CyFunctionObject *op = PyObject_GC_New(CyFunctionObject, &CyFunction_Type);
    if (op == NULL) {
        return NULL;
    }
    ((PyCFunctionObject *)op)->m_ml = &answer_def;
    ((PyCFunctionObject *)op)->m_self = Py_NewRef(module);
    ((PyCFunctionObject *)op)->m_module = NULL;
    ((PyCFunctionObject *)op)->m_weakreflist = NULL;
    ((PyCFunctionObject *)op)->vectorcall = NULL;
    op->func.mm_class = NULL;
    op->func_vectorcall = cyfunction_vectorcall;
    op->func_dict = NULL;
    op->func_name = PyUnicode_InternFromString(answer_def.ml_name);
    op->flags = 0;
    PyObject_GC_Track(op);
    return (PyObject *)op;
}

static PyObject *
module_digits(PyObject *module, PyObject *arg)
{
    long v = pyx_as_long(arg);
    if (v == -1 && PyErr_Occurred()) {
        return NULL;
    }
    return Py_BuildValue("(lni)", v, Py_SIZE(arg), (int)sizeof(digit));
}

static PyObject *
module_squares(PyObject *module, PyObject *arg)
{
    long n = pyx_as_long(arg), i;
    PyObject *list;
    if (n == -1 && PyErr_Occurred()) {
        return NULL;
    }
    list = PyList_New(0);
    if (list == NULL) {
        return NULL;
    }
    for (i = 0; i < n; i++) {
        PyObject *item = PyLong_FromLong(i * i);
        if (item == NULL || pyx_list_append(list, item) < 0) {
            Py_XDECREF(item);
            Py_DECREF(list);
            return NULL;
        }
        Py_DECREF(item);
    }
    return list;
}

static PyObject *
module_same(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    int r;
    if (nargs != 2 || !PyUnicode_CheckExact(args[0]) || !PyUnicode_CheckExact(args[1])) {
        PyErr_SetString(PyExc_TypeError, "same() takes two str");
        return NULL;
    }
    r = pyx_unicode_equals(args[0], args[1]);
    if (r < 0) {
        return NULL;
    }
    return PyBool_FromLong(r);
}

static PyObject *
module_call(PyObject *module, PyObject *args)
{
    PyObject *func, *rest, *result;
    if (PyTuple_GET_SIZE(args) < 1) {
        PyErr_SetString(PyExc_TypeError, "call() needs a callable");
        return NULL;
    }
    func = PyTuple_GET_ITEM(args, 0);
    if (PyCFunction_Check(func)) {
        return pyx_call_cfunction_fast(func, &PyTuple_GET_ITEM(args, 1), PyTuple_GET_SIZE(args) - 1);
    }
    rest = PyTuple_GetSlice(args, 1, PyTuple_GET_SIZE(args));
    if (rest == NULL) {
        return NULL;
    }
    result = pyx_call(func, rest, NULL);
    Py_DECREF(rest);
    return result;
}

static PyObject *
module_fail(PyObject *module, PyObject *message)
{
    PyErr_SetObject(PyExc_RuntimeError, message);
    pyx_add_traceback("fail", 42, "cython_like.pyx");
    return NULL;
}

static PyObject *
module_handled(PyObject *module, PyObject *Py_UNUSED(ignored))
{
    PyObject *exc = pyx_get_handled_exception(PyThreadState_Get());
    return Py_NewRef(exc ? exc : Py_None);
}

static PyObject *
module_lookup(PyObject *module, PyObject *args)
{
    PyObject *obj, *name;
    if (!PyArg_UnpackTuple(args, "lookup", 2, 2, &obj, &name)) {
        return NULL;
    }
    if (PyType_Check(obj)) {
        return pyx_method_name(obj, name);
    }
    return pyx_getattr(obj, name);
}

static PyObject *
module_today(PyObject *module, PyObject *Py_UNUSED(ignored))
{
    if (PyDateTimeAPI == NULL) {
        PyDateTime_IMPORT;
        if (PyDateTimeAPI == NULL) {
            return NULL;
        }
    }
    return PyDate_FromDate(2022, 10, 24);
}

static PyObject *
module_interp_id(PyObject *module, PyObject *Py_UNUSED(ignored))
{
    PyThreadState *tstate = PyThreadState_Get();
    return PyLong_FromLongLong(PyInterpreterState_GetID(tstate->interp));
}

static PyMethodDef module_methods[] = {
    {"cyfunction", new_cyfunction, METH_NOARGS, NULL},
    {"digits", module_digits, METH_O, NULL},
    {"squares", module_squares, METH_O, NULL},
    {"same", _PyCFunction_CAST(module_same), METH_FASTCALL, NULL},
    {"call", module_call, METH_VARARGS, NULL},
    {"fail", module_fail, METH_O, NULL},
    {"handled", module_handled, METH_NOARGS, NULL},
    {"lookup", module_lookup, METH_VARARGS, NULL},
    {"today", module_today, METH_NOARGS, NULL},
    {"interp_id", module_interp_id, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL}
};

static int
module_exec(PyObject *module)
{
    CyFunction_Type.tp_base = &PyCFunction_Type;
    if (PyType_Ready(&CyFunction_Type) < 0) {
        return -1;
    }
    return PyModule_AddObjectRef(module, "cyfunction_type", (PyObject *)&CyFunction_Type);
}

static PyModuleDef_Slot module_slots[] = {
    {Py_mod_exec, (void *)module_exec},
    {0, NULL}
};

static struct PyModuleDef cython_like_module = {
    PyModuleDef_HEAD_INIT, "cython_like", NULL, 0, module_methods, module_slots,
    NULL, NULL, NULL
};

PyMODINIT_FUNC
PyInit_cython_like(void)
{
    return PyModuleDef_Init(&cython_like_module);
}
