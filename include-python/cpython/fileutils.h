/* oxpy: file helpers outside the limited API. */
#ifndef Py_CPYTHON_FILEUTILS_H
#  error "this header is internal to fileutils.h: include Python.h instead"
#endif

/* fopen() with a str or bytes path, raising on failure. */
PyAPI_FUNC(FILE *) _Py_fopen_obj(PyObject *path, const char *mode);
