/* oxpy: object-size helpers and the arena allocator hooks (non-limited). */
#ifndef Py_CPYTHON_OBJIMPL_H
#  error "this header is internal to objimpl.h: include Python.h instead"
#endif

#define _PyObject_SIZE(typeobj) ((typeobj)->tp_basicsize)

/* Size of a variable object with nitems items, rounded up to pointer
   alignment. */
#define _PyObject_VAR_SIZE(typeobj, nitems) \
    _Py_SIZE_ROUND_UP((typeobj)->tp_basicsize + (nitems) * (typeobj)->tp_itemsize, \
                      SIZEOF_VOID_P)

typedef struct {
    void *ctx;
    void *(*alloc)(void *ctx, size_t size);
    void (*free)(void *ctx, void *ptr, size_t size);
} PyObjectArenaAllocator;

PyAPI_FUNC(void) PyObject_GetArenaAllocator(PyObjectArenaAllocator *allocator);
PyAPI_FUNC(void) PyObject_SetArenaAllocator(PyObjectArenaAllocator *allocator);

PyAPI_FUNC(int) PyObject_IS_GC(PyObject *obj);

#ifndef Py_BUILD_CORE
#  define _PyGC_FINALIZED(o) PyObject_GC_IsFinalized(o)
#endif

PyAPI_FUNC(int) PyType_SUPPORTS_WEAKREFS(PyTypeObject *type);
PyAPI_FUNC(PyObject **) PyObject_GET_WEAKREFS_LISTPTR(PyObject *op);
