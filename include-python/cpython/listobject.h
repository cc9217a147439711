/* oxpy: the list object layout and unchecked accessors. */
#ifndef Py_CPYTHON_LISTOBJECT_H
#  error "this header is internal to listobject.h: include Python.h instead"
#endif

/* ob_item[0 .. ob_size) are the items; `allocated` slots exist. */
typedef struct {
    PyObject_VAR_HEAD
    PyObject **ob_item;
    Py_ssize_t allocated;
} PyListObject;

PyAPI_FUNC(PyObject *) _PyList_Extend(PyListObject *self, PyObject *iterable);
PyAPI_FUNC(void) _PyList_DebugMallocStats(FILE *out);

#define _PyList_CAST(op) (assert(PyList_Check(op)), _Py_CAST(PyListObject *, (op)))

static inline Py_ssize_t PyList_GET_SIZE(PyObject *op) {
    PyListObject *list = _PyList_CAST(op);
    return Py_SIZE(list);
}
#if !defined(Py_LIMITED_API) || Py_LIMITED_API+0 < 0x030b0000
#  define PyList_GET_SIZE(op) PyList_GET_SIZE(_PyObject_CAST(op))
#endif

#define PyList_GET_ITEM(op, index) (_PyList_CAST(op)->ob_item[index])

/* Steals the reference; does not release the item it replaces. */
static inline void PyList_SET_ITEM(PyObject *op, Py_ssize_t index, PyObject *value) {
    PyListObject *list = _PyList_CAST(op);
    list->ob_item[index] = value;
}
#if !defined(Py_LIMITED_API) || Py_LIMITED_API+0 < 0x030b0000
#  define PyList_SET_ITEM(op, index, value) \
     PyList_SET_ITEM(_PyObject_CAST(op), index, _PyObject_CAST(value))
#endif
