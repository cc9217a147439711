/* oxpy: bytes objects. */
#ifndef Py_BYTESOBJECT_H
#define Py_BYTESOBJECT_H
#ifdef __cplusplus
extern "C" {
#endif

#include <stdarg.h>

PyAPI_DATA(PyTypeObject) PyBytes_Type;
PyAPI_DATA(PyTypeObject) PyBytesIter_Type;

#define PyBytes_Check(op) PyType_FastSubclass(Py_TYPE(op), Py_TPFLAGS_BYTES_SUBCLASS)
#define PyBytes_CheckExact(op) Py_IS_TYPE(op, &PyBytes_Type)

PyAPI_FUNC(PyObject *) PyBytes_FromStringAndSize(const char *s, Py_ssize_t len);
PyAPI_FUNC(PyObject *) PyBytes_FromString(const char *s);
PyAPI_FUNC(PyObject *) PyBytes_FromObject(PyObject *o);
PyAPI_FUNC(PyObject *) PyBytes_FromFormatV(const char *format, va_list vargs)
    Py_GCC_ATTRIBUTE((format(printf, 1, 0)));
PyAPI_FUNC(PyObject *) PyBytes_FromFormat(const char *format, ...)
    Py_GCC_ATTRIBUTE((format(printf, 1, 2)));
PyAPI_FUNC(Py_ssize_t) PyBytes_Size(PyObject *o);
PyAPI_FUNC(char *) PyBytes_AsString(PyObject *o);
PyAPI_FUNC(PyObject *) PyBytes_Repr(PyObject *o, int smartquotes);
PyAPI_FUNC(void) PyBytes_Concat(PyObject **pv, PyObject *w);
PyAPI_FUNC(void) PyBytes_ConcatAndDel(PyObject **pv, PyObject *w);
PyAPI_FUNC(PyObject *) PyBytes_DecodeEscape(const char *s, Py_ssize_t len,
                                            const char *errors, Py_ssize_t unicode,
                                            const char *recode_encoding);
PyAPI_FUNC(int) PyBytes_AsStringAndSize(PyObject *obj, char **s, Py_ssize_t *len);

#ifndef Py_LIMITED_API
#  define Py_CPYTHON_BYTESOBJECT_H
#  include "cpython/bytesobject.h"
#  undef Py_CPYTHON_BYTESOBJECT_H
#endif

#ifdef __cplusplus
}
#endif
#endif /* Py_BYTESOBJECT_H */
