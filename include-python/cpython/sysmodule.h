/* oxpy: audit hooks and other sys internals (non-limited). */
#ifndef Py_CPYTHON_SYSMODULE_H
#  error "this header is internal to sysmodule.h: include Python.h instead"
#endif

PyAPI_FUNC(PyObject *) _PySys_GetAttr(PyThreadState *tstate, PyObject *name);

PyAPI_FUNC(size_t) _PySys_GetSizeOf(PyObject *o);

/* PEP 578 audit hooks. */
typedef int (*Py_AuditHookFunction)(const char *event, PyObject *args, void *userData);

PyAPI_FUNC(int) PySys_Audit(const char *event, const char *argFormat, ...);
PyAPI_FUNC(int) PySys_AddAuditHook(Py_AuditHookFunction hook, void *userData);
