/* oxpy: pickle.PickleBuffer (PEP 574), non-limited. */
#ifndef Py_PICKLEBUFOBJECT_H
#define Py_PICKLEBUFOBJECT_H
#ifdef __cplusplus
extern "C" {
#endif

#ifndef Py_LIMITED_API
PyAPI_DATA(PyTypeObject) PyPickleBuffer_Type;

#define PyPickleBuffer_Check(op) Py_IS_TYPE(op, &PyPickleBuffer_Type)

PyAPI_FUNC(PyObject *) PyPickleBuffer_FromObject(PyObject *obj);
PyAPI_FUNC(const Py_buffer *) PyPickleBuffer_GetBuffer(PyObject *picklebuf);
PyAPI_FUNC(int) PyPickleBuffer_Release(PyObject *picklebuf);
#endif

#ifdef __cplusplus
}
#endif
#endif /* Py_PICKLEBUFOBJECT_H */
