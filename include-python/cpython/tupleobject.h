/* oxpy: the tuple object layout and unchecked accessors. */
#ifndef Py_CPYTHON_TUPLEOBJECT_H
#  error "this header is internal to tupleobject.h: include Python.h instead"
#endif

/* ob_item holds ob_size item pointers, all set once the tuple escapes. */
typedef struct {
    PyObject_VAR_HEAD
    PyObject *ob_item[1];
} PyTupleObject;

PyAPI_FUNC(int) _PyTuple_Resize(PyObject **p, Py_ssize_t newsize);
PyAPI_FUNC(void) _PyTuple_MaybeUntrack(PyObject *op);

#define _PyTuple_CAST(op) (assert(PyTuple_Check(op)), _Py_CAST(PyTupleObject *, (op)))

static inline Py_ssize_t PyTuple_GET_SIZE(PyObject *op) {
    PyTupleObject *tuple = _PyTuple_CAST(op);
    return Py_SIZE(tuple);
}
#if !defined(Py_LIMITED_API) || Py_LIMITED_API+0 < 0x030b0000
#  define PyTuple_GET_SIZE(op) PyTuple_GET_SIZE(_PyObject_CAST(op))
#endif

#define PyTuple_GET_ITEM(op, index) (_PyTuple_CAST(op)->ob_item[index])

/* Only for filling in brand-new tuples: steals the reference. */
static inline void PyTuple_SET_ITEM(PyObject *op, Py_ssize_t index, PyObject *value) {
    PyTupleObject *tuple = _PyTuple_CAST(op);
    tuple->ob_item[index] = value;
}
#if !defined(Py_LIMITED_API) || Py_LIMITED_API+0 < 0x030b0000
#  define PyTuple_SET_ITEM(op, index, value) \
     PyTuple_SET_ITEM(_PyObject_CAST(op), index, _PyObject_CAST(value))
#endif

PyAPI_FUNC(void) _PyTuple_DebugMallocStats(FILE *out);
