/* A Rust panic inside an exported C-API function becomes SystemError,
 * quietly (the harness checks that stderr stays empty). oxpy exports
 * _oxpy_test_panic, which panics; on CPython, which has no such function,
 * the module raises the SystemError oxpy is expected to raise. Also: the
 * interpreter keeps working after the panic (a second call, then ordinary
 * C-API use). */
#define _GNU_SOURCE
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <dlfcn.h>

static PyObject *
trigger(PyObject *self, PyObject *unused)
{
    PyObject *(*panics)(void) = (PyObject * (*)(void)) dlsym(RTLD_DEFAULT, "_oxpy_test_panic");
    if (panics != NULL)
        return panics();
    PyErr_SetString(PyExc_SystemError, "internal error in oxpy: deliberate panic (test)");
    return NULL;
}

static PyObject *
after(PyObject *self, PyObject *arg)
{
    if (PyErr_Occurred()) {
        PyErr_SetString(PyExc_AssertionError, "error indicator left set");
        return NULL;
    }
    return PyNumber_Add(arg, arg);
}

static PyMethodDef methods[] = {
    {"trigger", trigger, METH_NOARGS, NULL},
    {"after", after, METH_O, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "panic_guard",
    .m_size = -1,
    .m_methods = methods,
};

PyMODINIT_FUNC
PyInit_panic_guard(void)
{
    return PyModule_Create(&module);
}
