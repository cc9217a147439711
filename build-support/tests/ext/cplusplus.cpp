// The headers must also be usable from C++ (extern "C", no C-only casts in
// the inline functions that C++ would reject).
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <structmember.h>

namespace {

PyObject *
pair_sum(PyObject *, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 2) {
        PyErr_SetString(PyExc_TypeError, "pair_sum() takes two arguments");
        return nullptr;
    }
    PyObject *items[2] = {args[0], args[1]};
    for (PyObject *item : items) {
        if (!PyLong_Check(item)) {
            PyErr_Format(PyExc_TypeError, "expected int, got %.100s", Py_TYPE(item)->tp_name);
            return nullptr;
        }
    }
    long total = PyLong_AsLong(items[0]) + PyLong_AsLong(items[1]);
    if (PyErr_Occurred()) {
        return nullptr;
    }
    return PyLong_FromLong(total);
}

PyObject *
first_code_point(PyObject *, PyObject *text)
{
    if (!PyUnicode_Check(text) || PyUnicode_READY(text) < 0 || PyUnicode_GET_LENGTH(text) == 0) {
        Py_RETURN_NONE;
    }
    return PyLong_FromUnsignedLong(PyUnicode_READ_CHAR(text, 0));
}

PyMethodDef methods[] = {
    {"pair_sum", _PyCFunction_CAST(pair_sum), METH_FASTCALL, nullptr},
    {"first_code_point", first_code_point, METH_O, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "cplusplus", nullptr, 0, methods, nullptr, nullptr, nullptr, nullptr,
};

}  // namespace

PyMODINIT_FUNC
PyInit_cplusplus(void)
{
    PyObject *m = PyModule_Create(&module);
    if (m != nullptr && PyModule_AddIntConstant(m, "cplusplus", __cplusplus) < 0) {
        Py_CLEAR(m);
    }
    return m;
}
