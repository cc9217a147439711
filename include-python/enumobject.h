/* oxpy: enumerate and reversed. */
#ifndef Py_ENUMOBJECT_H
#define Py_ENUMOBJECT_H
#ifdef __cplusplus
extern "C" {
#endif

PyAPI_DATA(PyTypeObject) PyEnum_Type;       /* enumerate */
PyAPI_DATA(PyTypeObject) PyReversed_Type;   /* reversed */

#ifdef __cplusplus
}
#endif
#endif /* Py_ENUMOBJECT_H */
