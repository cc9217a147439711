/* oxpy: file helpers and the filesystem encoding globals. */
#ifndef Py_FILEOBJECT_H
#define Py_FILEOBJECT_H
#ifdef __cplusplus
extern "C" {
#endif

#define PY_STDIOTEXTMODE "b"

PyAPI_FUNC(PyObject *) PyFile_FromFd(int fd, const char *name, const char *mode,
                                     int buffering, const char *encoding,
                                     const char *errors, const char *newline,
                                     int closefd);
PyAPI_FUNC(PyObject *) PyFile_GetLine(PyObject *f, int n);
PyAPI_FUNC(int) PyFile_WriteObject(PyObject *obj, PyObject *f, int flags);
PyAPI_FUNC(int) PyFile_WriteString(const char *s, PyObject *f);
PyAPI_FUNC(int) PyObject_AsFileDescriptor(PyObject *o);

/* Deprecated mirrors of the filesystem encoding configuration. */
PyAPI_DATA(const char *) Py_FileSystemDefaultEncoding;
#if !defined(Py_LIMITED_API) || Py_LIMITED_API+0 >= 0x03060000
PyAPI_DATA(const char *) Py_FileSystemDefaultEncodeErrors;
#endif
PyAPI_DATA(int) Py_HasFileSystemDefaultEncoding;

#if !defined(Py_LIMITED_API) || Py_LIMITED_API+0 >= 0x03070000
PyAPI_DATA(int) Py_UTF8Mode;
#endif

/* Whether select() can wait on this descriptor. */
#ifdef _MSC_VER
#  define _PyIsSelectable_fd(FD) (1)
#else
#  define _PyIsSelectable_fd(FD) ((unsigned int)(FD) < (unsigned int)FD_SETSIZE)
#endif

#ifndef Py_LIMITED_API
#  define Py_CPYTHON_FILEOBJECT_H
#  include "cpython/fileobject.h"
#  undef Py_CPYTHON_FILEOBJECT_H
#endif

#ifdef __cplusplus
}
#endif
#endif /* Py_FILEOBJECT_H */
