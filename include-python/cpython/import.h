/* oxpy: import internals: inittab and frozen modules (non-limited). */
#ifndef Py_CPYTHON_IMPORT_H
#  error "this header is internal to import.h: include Python.h instead"
#endif

PyMODINIT_FUNC PyInit__imp(void);

PyAPI_FUNC(int) _PyImport_IsInitialized(PyInterpreterState *interp);

PyAPI_FUNC(PyObject *) _PyImport_GetModuleId(_Py_Identifier *name);
PyAPI_FUNC(int) _PyImport_SetModule(PyObject *name, PyObject *module);
PyAPI_FUNC(int) _PyImport_SetModuleString(const char *name, PyObject *module);

PyAPI_FUNC(void) _PyImport_AcquireLock(void);
PyAPI_FUNC(int) _PyImport_ReleaseLock(void);

PyAPI_FUNC(int) _PyImport_FixupBuiltin(PyObject *mod, const char *name, PyObject *modules);
PyAPI_FUNC(int) _PyImport_FixupExtensionObject(PyObject *mod, PyObject *name,
                                               PyObject *filename, PyObject *modules);

/* Builtin modules linked into the interpreter. */
struct _inittab {
    const char *name;
    PyObject *(*initfunc)(void);
};
PyAPI_DATA(struct _inittab *) PyImport_Inittab;
PyAPI_FUNC(int) PyImport_ExtendInittab(struct _inittab *newtab);

/* Modules whose marshalled code is compiled into the interpreter. */
struct _frozen {
    const char *name;
    const unsigned char *code;
    int size;
    int is_package;
    PyObject *(*get_code)(void);
};

/* NULL-terminated; may be replaced before start-up. */
PyAPI_DATA(const struct _frozen *) PyImport_FrozenModules;

/* getattr(import(modname), attrname); declared as data in CPython 3.11. */
PyAPI_DATA(PyObject *) _PyImport_GetModuleAttr(PyObject *modname, PyObject *attrname);
PyAPI_DATA(PyObject *) _PyImport_GetModuleAttrString(const char *modname,
                                                     const char *attrname);
