/* oxpy: non-limited file helpers, including the open_code hook. */
#ifndef Py_CPYTHON_FILEOBJECT_H
#  error "this header is internal to fileobject.h: include Python.h instead"
#endif

PyAPI_FUNC(char *) Py_UniversalNewlineFgets(char *buf, int n, FILE *stream, PyObject *fobj);
PyAPI_FUNC(char *) _Py_UniversalNewlineFgetsWithSize(char *buf, int n, FILE *stream,
                                                     PyObject *fobj, size_t *size);

/* A minimal sys.stdout/stderr stand-in used before io is set up. */
PyAPI_FUNC(PyObject *) PyFile_NewStdPrinter(int fd);
PyAPI_DATA(PyTypeObject) PyStdPrinter_Type;

typedef PyObject *(*Py_OpenCodeHookFunction)(PyObject *path, void *userData);

PyAPI_FUNC(PyObject *) PyFile_OpenCode(const char *utf8path);
PyAPI_FUNC(PyObject *) PyFile_OpenCodeObject(PyObject *path);
PyAPI_FUNC(int) PyFile_SetOpenCodeHook(Py_OpenCodeHookFunction hook, void *userData);

PyAPI_FUNC(int) _PyLong_FileDescriptor_Converter(PyObject *o, void *ptr);
