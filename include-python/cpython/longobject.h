/* oxpy: int helpers outside the limited API. */
#ifndef Py_CPYTHON_LONGOBJECT_H
#  error "this header is internal to longobject.h: include Python.h instead"
#endif

PyAPI_FUNC(int) _PyLong_AsInt(PyObject *o);

/* O& converters for PyArg_Parse*, range checked. */
PyAPI_FUNC(int) _PyLong_UnsignedShort_Converter(PyObject *o, void *ptr);
PyAPI_FUNC(int) _PyLong_UnsignedInt_Converter(PyObject *o, void *ptr);
PyAPI_FUNC(int) _PyLong_UnsignedLong_Converter(PyObject *o, void *ptr);
PyAPI_FUNC(int) _PyLong_UnsignedLongLong_Converter(PyObject *o, void *ptr);
PyAPI_FUNC(int) _PyLong_Size_t_Converter(PyObject *o, void *ptr);

PyAPI_FUNC(double) _PyLong_Frexp(PyLongObject *a, Py_ssize_t *e);

PyAPI_FUNC(PyObject *) PyLong_FromUnicodeObject(PyObject *u, int base);
PyAPI_FUNC(PyObject *) _PyLong_FromBytes(const char *s, Py_ssize_t len, int base);

/* -1, 0 or 1. */
PyAPI_FUNC(int) _PyLong_Sign(PyObject *v);
/* Bits needed for abs(v); (size_t)-1 with an error set on overflow. */
PyAPI_FUNC(size_t) _PyLong_NumBits(PyObject *v);
PyAPI_FUNC(PyObject *) _PyLong_DivmodNear(PyObject *a, PyObject *b);

/* Two's-complement conversions to and from byte strings. */
PyAPI_FUNC(PyObject *) _PyLong_FromByteArray(const unsigned char *bytes, size_t n,
                                             int little_endian, int is_signed);
PyAPI_FUNC(int) _PyLong_AsByteArray(PyLongObject *v, unsigned char *bytes, size_t n,
                                    int little_endian, int is_signed);

PyAPI_FUNC(PyObject *) _PyLong_Format(PyObject *obj, int base);
PyAPI_FUNC(PyObject *) _PyLong_GCD(PyObject *a, PyObject *b);
PyAPI_FUNC(PyObject *) _PyLong_Rshift(PyObject *a, size_t shiftby);
PyAPI_FUNC(PyObject *) _PyLong_Lshift(PyObject *a, size_t shiftby);
