/* oxpy: the marshal serialisation format (non-limited).  Not included by
   Python.h. */
#ifndef Py_MARSHAL_H
#define Py_MARSHAL_H
#ifndef Py_LIMITED_API
#ifdef __cplusplus
extern "C" {
#endif

PyAPI_FUNC(PyObject *) PyMarshal_ReadObjectFromString(const char *data, Py_ssize_t len);
PyAPI_FUNC(PyObject *) PyMarshal_WriteObjectToString(PyObject *value, int version);

/* The format version written by default. */
#define Py_MARSHAL_VERSION 4

PyAPI_FUNC(long) PyMarshal_ReadLongFromFile(FILE *file);
PyAPI_FUNC(int) PyMarshal_ReadShortFromFile(FILE *file);
PyAPI_FUNC(PyObject *) PyMarshal_ReadObjectFromFile(FILE *file);
PyAPI_FUNC(PyObject *) PyMarshal_ReadLastObjectFromFile(FILE *file);
PyAPI_FUNC(void) PyMarshal_WriteLongToFile(long value, FILE *file, int version);
PyAPI_FUNC(void) PyMarshal_WriteObjectToFile(PyObject *value, FILE *file, int version);

#ifdef __cplusplus
}
#endif
#endif /* Py_LIMITED_API */
#endif /* Py_MARSHAL_H */
