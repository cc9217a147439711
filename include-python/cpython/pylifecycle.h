/* oxpy: PEP 587 initialisation entry points (non-limited). */
#ifndef Py_CPYTHON_PYLIFECYCLE_H
#  error "this header is internal to pylifecycle.h: include Python.h instead"
#endif

PyAPI_FUNC(int) Py_FrozenMain(int argc, char **argv);

Py_DEPRECATED(3.11) PyAPI_FUNC(int) Py_SetStandardStreamEncoding(const char *encoding,
                                                                 const char *errors);

PyAPI_FUNC(PyStatus) Py_PreInitialize(const PyPreConfig *src_config);
PyAPI_FUNC(PyStatus) Py_PreInitializeFromBytesArgs(const PyPreConfig *src_config,
                                                   Py_ssize_t argc, char **argv);
PyAPI_FUNC(PyStatus) Py_PreInitializeFromArgs(const PyPreConfig *src_config,
                                              Py_ssize_t argc, wchar_t **argv);

PyAPI_FUNC(int) _Py_IsCoreInitialized(void);

PyAPI_FUNC(PyStatus) Py_InitializeFromConfig(const PyConfig *config);
PyAPI_FUNC(PyStatus) _Py_InitializeMain(void);

PyAPI_FUNC(int) Py_RunMain(void);

PyAPI_FUNC(void) _Py_NO_RETURN Py_ExitStatusException(PyStatus err);

PyAPI_FUNC(void) _Py_RestoreSignals(void);

PyAPI_FUNC(int) Py_FdIsInteractive(FILE *fp, const char *filename);
PyAPI_FUNC(int) _Py_FdIsInteractive(FILE *fp, PyObject *filename);

Py_DEPRECATED(3.11) PyAPI_FUNC(void) _Py_SetProgramFullPath(const wchar_t *path);

PyAPI_FUNC(const char *) _Py_gitidentifier(void);
PyAPI_FUNC(const char *) _Py_gitversion(void);

PyAPI_FUNC(int) _Py_IsFinalizing(void);

/* Random bytes from the OS; the Nonblock variant never waits for entropy. */
PyAPI_FUNC(int) _PyOS_URandom(void *buffer, Py_ssize_t size);
PyAPI_FUNC(int) _PyOS_URandomNonblock(void *buffer, Py_ssize_t size);

PyAPI_FUNC(int) _Py_CoerceLegacyLocale(int warn);
PyAPI_FUNC(int) _Py_LegacyLocaleDetected(int warn);
PyAPI_FUNC(char *) _Py_SetLocaleFromEnv(int category);

PyAPI_FUNC(PyThreadState *) _Py_NewInterpreter(int isolated_subinterpreter);
