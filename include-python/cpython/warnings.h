/* oxpy: warning functions outside the limited API. */
#ifndef Py_CPYTHON_WARNINGS_H
#  error "this header is internal to warnings.h: include Python.h instead"
#endif

PyAPI_FUNC(int) PyErr_WarnExplicitObject(PyObject *category, PyObject *message,
                                         PyObject *filename, int lineno,
                                         PyObject *module, PyObject *registry);
PyAPI_FUNC(int) PyErr_WarnExplicitFormat(PyObject *category, const char *filename,
                                         int lineno, const char *module,
                                         PyObject *registry, const char *format, ...);

/* Old spelling, kept for compatibility. */
#define PyErr_Warn(category, msg) PyErr_WarnEx(category, msg, 1)
