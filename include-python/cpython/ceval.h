/* oxpy: tracing, profiling and evaluation hooks (non-limited). */
#ifndef Py_CPYTHON_CEVAL_H
#  error "this header is internal to ceval.h: include Python.h instead"
#endif

PyAPI_FUNC(void) PyEval_SetProfile(Py_tracefunc func, PyObject *arg);
PyAPI_FUNC(int) _PyEval_SetProfile(PyThreadState *tstate, Py_tracefunc func, PyObject *arg);
PyAPI_FUNC(void) PyEval_SetTrace(Py_tracefunc func, PyObject *arg);
PyAPI_FUNC(int) _PyEval_SetTrace(PyThreadState *tstate, Py_tracefunc func, PyObject *arg);

/* Borrowed reference to a builtin by name. */
PyAPI_FUNC(PyObject *) _PyEval_GetBuiltin(PyObject *name);
PyAPI_FUNC(PyObject *) _PyEval_GetBuiltinId(_Py_Identifier *name);

PyAPI_FUNC(int) PyEval_MergeCompilerFlags(PyCompilerFlags *cf);

PyAPI_FUNC(PyObject *) _PyEval_EvalFrameDefault(PyThreadState *tstate,
                                                struct _PyInterpreterFrame *f, int exc);

PyAPI_FUNC(void) _PyEval_SetSwitchInterval(unsigned long microseconds);
PyAPI_FUNC(unsigned long) _PyEval_GetSwitchInterval(void);

PyAPI_FUNC(Py_ssize_t) _PyEval_RequestCodeExtraIndex(freefunc free);

/* Convert a slice bound with __index__, clamping to Py_ssize_t. */
PyAPI_FUNC(int) _PyEval_SliceIndex(PyObject *v, Py_ssize_t *pi);
PyAPI_FUNC(int) _PyEval_SliceIndexNotNone(PyObject *v, Py_ssize_t *pi);
