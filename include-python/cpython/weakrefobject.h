/* oxpy: the weak reference layout (non-limited). */
#ifndef Py_CPYTHON_WEAKREFOBJECT_H
#  error "this header is internal to weakrefobject.h: include Python.h instead"
#endif

/* Weak references to one object form a doubly linked list headed at the
   object's tp_weaklistoffset slot. */
struct _PyWeakReference {
    PyObject_HEAD
    PyObject *wr_object;        /* borrowed; Py_None once the referent dies */
    PyObject *wr_callback;
    Py_hash_t hash;             /* cached hash of wr_object, -1 if unknown */
    PyWeakReference *wr_prev;
    PyWeakReference *wr_next;
    vectorcallfunc vectorcall;
};

PyAPI_FUNC(Py_ssize_t) _PyWeakref_GetWeakrefCount(PyWeakReference *head);
PyAPI_FUNC(void) _PyWeakref_ClearRef(PyWeakReference *self);

static inline PyObject *PyWeakref_GET_OBJECT(PyObject *ref_obj) {
    PyWeakReference *ref;
    PyObject *obj;
    assert(PyWeakref_Check(ref_obj));
    ref = _Py_CAST(PyWeakReference *, ref_obj);
    obj = ref->wr_object;
    /* A referent being destroyed has a zero count but wr_object is not
       yet cleared. */
    if (Py_REFCNT(obj) > 0) {
        return obj;
    }
    return Py_None;
}
#if !defined(Py_LIMITED_API) || Py_LIMITED_API+0 < 0x030b0000
#  define PyWeakref_GET_OBJECT(ref) PyWeakref_GET_OBJECT(_PyObject_CAST(ref))
#endif
