/* The call API from C: PyObject_Vectorcall with and without
 * PY_VECTORCALL_ARGUMENTS_OFFSET, PyObject_VectorcallDict,
 * PyObject_VectorcallMethod, PyVectorcall_Call on a C function,
 * PyObject_CallObject with NULL and tuple args, PyObject_CallMethodOneArg,
 * calling non-callables, and keyword names that are not strings. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

static PyObject *
vc(PyObject *self, PyObject *args)
{
    PyObject *callable, *a, *b;
    int offset;
    if (!PyArg_ParseTuple(args, "OOOp", &callable, &a, &b, &offset))
        return NULL;
    PyObject *stack[3] = {NULL, a, b};
    if (offset)
        return PyObject_Vectorcall(callable, stack + 1, 2 | PY_VECTORCALL_ARGUMENTS_OFFSET, NULL);
    return PyObject_Vectorcall(callable, stack + 1, 2, NULL);
}

static PyObject *
vc_dict(PyObject *self, PyObject *args)
{
    PyObject *callable, *a, *kwargs;
    if (!PyArg_ParseTuple(args, "OOO", &callable, &a, &kwargs))
        return NULL;
    PyObject *stack[1] = {a};
    return PyObject_VectorcallDict(callable, stack, 1, kwargs == Py_None ? NULL : kwargs);
}

static PyObject *
vc_method(PyObject *self, PyObject *args)
{
    PyObject *obj, *name, *arg;
    if (!PyArg_ParseTuple(args, "OUO", &obj, &name, &arg))
        return NULL;
    PyObject *stack[2] = {obj, arg};
    return PyObject_VectorcallMethod(name, stack, 2 | PY_VECTORCALL_ARGUMENTS_OFFSET, NULL);
}

static PyObject *
vc_kwnames(PyObject *self, PyObject *args)
{
    PyObject *callable, *names, *v1, *v2;
    if (!PyArg_ParseTuple(args, "OO!OO", &callable, &PyTuple_Type, &names, &v1, &v2))
        return NULL;
    PyObject *stack[2] = {v1, v2};
    return PyObject_Vectorcall(callable, stack, 2 - PyTuple_GET_SIZE(names), names);
}

static PyObject *
call_object(PyObject *self, PyObject *args)
{
    PyObject *callable, *a = NULL;
    if (!PyArg_ParseTuple(args, "O|O", &callable, &a))
        return NULL;
    return PyObject_CallObject(callable, a);
}

static PyObject *
one_arg_method(PyObject *self, PyObject *args)
{
    PyObject *obj, *name, *arg;
    if (!PyArg_ParseTuple(args, "OUO", &obj, &name, &arg))
        return NULL;
    return PyObject_CallMethodOneArg(obj, name, arg);
}

static PyObject *
via_vectorcall_call(PyObject *self, PyObject *args)
{
    PyObject *callable, *tuple, *kwargs = NULL;
    if (!PyArg_ParseTuple(args, "OO!|O!", &callable, &PyTuple_Type, &tuple, &PyDict_Type, &kwargs))
        return NULL;
    return PyVectorcall_Call(callable, tuple, kwargs);
}

static PyMethodDef methods[] = {
    {"vc", vc, METH_VARARGS, NULL},
    {"vc_dict", vc_dict, METH_VARARGS, NULL},
    {"vc_method", vc_method, METH_VARARGS, NULL},
    {"vc_kwnames", vc_kwnames, METH_VARARGS, NULL},
    {"call_object", call_object, METH_VARARGS, NULL},
    {"one_arg_method", one_arg_method, METH_VARARGS, NULL},
    {"via_vectorcall_call", via_vectorcall_call, METH_VARARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "vectorcall_api",
    .m_size = -1,
    .m_methods = methods,
};

PyMODINIT_FUNC
PyInit_vectorcall_api(void)
{
    return PyModule_Create(&module);
}
