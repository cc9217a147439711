/* oxpy: int objects (arbitrary precision). */
#ifndef Py_LONGOBJECT_H
#define Py_LONGOBJECT_H
#ifdef __cplusplus
extern "C" {
#endif

PyAPI_DATA(PyTypeObject) PyLong_Type;

#define PyLong_Check(op) PyType_FastSubclass(Py_TYPE(op), Py_TPFLAGS_LONG_SUBCLASS)
#define PyLong_CheckExact(op) Py_IS_TYPE(op, &PyLong_Type)

PyAPI_FUNC(PyObject *) PyLong_FromLong(long v);
PyAPI_FUNC(PyObject *) PyLong_FromUnsignedLong(unsigned long v);
PyAPI_FUNC(PyObject *) PyLong_FromSize_t(size_t v);
PyAPI_FUNC(PyObject *) PyLong_FromSsize_t(Py_ssize_t v);
PyAPI_FUNC(PyObject *) PyLong_FromDouble(double v);
PyAPI_FUNC(long) PyLong_AsLong(PyObject *o);
PyAPI_FUNC(long) PyLong_AsLongAndOverflow(PyObject *o, int *overflow);
PyAPI_FUNC(Py_ssize_t) PyLong_AsSsize_t(PyObject *o);
PyAPI_FUNC(size_t) PyLong_AsSize_t(PyObject *o);
PyAPI_FUNC(unsigned long) PyLong_AsUnsignedLong(PyObject *o);
PyAPI_FUNC(unsigned long) PyLong_AsUnsignedLongMask(PyObject *o);
PyAPI_FUNC(PyObject *) PyLong_GetInfo(void);

#define PyLong_AS_LONG(op) PyLong_AsLong(op)

/* pid_t is an int on Linux. */
#if !defined(SIZEOF_PID_T) || SIZEOF_PID_T == SIZEOF_INT
#  define _Py_PARSE_PID "i"
#  define PyLong_FromPid PyLong_FromLong
#  define PyLong_AsPid PyLong_AsLong
#elif SIZEOF_PID_T == SIZEOF_LONG
#  define _Py_PARSE_PID "l"
#  define PyLong_FromPid PyLong_FromLong
#  define PyLong_AsPid PyLong_AsLong
#elif defined(SIZEOF_LONG_LONG) && SIZEOF_PID_T == SIZEOF_LONG_LONG
#  define _Py_PARSE_PID "L"
#  define PyLong_FromPid PyLong_FromLongLong
#  define PyLong_AsPid PyLong_AsLongLong
#else
#  error "pid_t must have the size of int, long or long long"
#endif

/* PyArg_Parse codes for intptr_t and uintptr_t. */
#if SIZEOF_VOID_P == SIZEOF_INT
#  define _Py_PARSE_INTPTR "i"
#  define _Py_PARSE_UINTPTR "I"
#elif SIZEOF_VOID_P == SIZEOF_LONG
#  define _Py_PARSE_INTPTR "l"
#  define _Py_PARSE_UINTPTR "k"
#elif defined(SIZEOF_LONG_LONG) && SIZEOF_VOID_P == SIZEOF_LONG_LONG
#  define _Py_PARSE_INTPTR "L"
#  define _Py_PARSE_UINTPTR "K"
#else
#  error "void * must have the size of int, long or long long"
#endif

PyAPI_FUNC(double) PyLong_AsDouble(PyObject *o);
PyAPI_FUNC(PyObject *) PyLong_FromVoidPtr(void *p);
PyAPI_FUNC(void *) PyLong_AsVoidPtr(PyObject *o);

PyAPI_FUNC(PyObject *) PyLong_FromLongLong(long long v);
PyAPI_FUNC(PyObject *) PyLong_FromUnsignedLongLong(unsigned long long v);
PyAPI_FUNC(long long) PyLong_AsLongLong(PyObject *o);
PyAPI_FUNC(unsigned long long) PyLong_AsUnsignedLongLong(PyObject *o);
PyAPI_FUNC(unsigned long long) PyLong_AsUnsignedLongLongMask(PyObject *o);
PyAPI_FUNC(long long) PyLong_AsLongLongAndOverflow(PyObject *o, int *overflow);

PyAPI_FUNC(PyObject *) PyLong_FromString(const char *str, char **pend, int base);

/* Locale-independent strtoul/strtol. */
PyAPI_FUNC(unsigned long) PyOS_strtoul(const char *str, char **ptr, int base);
PyAPI_FUNC(long) PyOS_strtol(const char *str, char **ptr, int base);

#ifndef Py_LIMITED_API
#  define Py_CPYTHON_LONGOBJECT_H
#  include "cpython/longobject.h"
#  undef Py_CPYTHON_LONGOBJECT_H
#endif

#ifdef __cplusplus
}
#endif
#endif /* Py_LONGOBJECT_H */
