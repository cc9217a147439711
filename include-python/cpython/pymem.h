/* oxpy: raw allocators and the allocator-hook interface (non-limited). */
#ifndef Py_CPYTHON_PYMEM_H
#  error "this header is internal to pymem.h: include Python.h instead"
#endif

/* The "raw" domain: usable without holding the GIL. */
PyAPI_FUNC(void *) PyMem_RawMalloc(size_t size);
PyAPI_FUNC(void *) PyMem_RawCalloc(size_t nelem, size_t elsize);
PyAPI_FUNC(void *) PyMem_RawRealloc(void *ptr, size_t new_size);
PyAPI_FUNC(void) PyMem_RawFree(void *ptr);

PyAPI_FUNC(const char *) _PyMem_GetCurrentAllocatorName(void);
PyAPI_FUNC(char *) _PyMem_RawStrdup(const char *str);
PyAPI_FUNC(char *) _PyMem_Strdup(const char *str);
PyAPI_FUNC(wchar_t *) _PyMem_RawWcsdup(const wchar_t *str);

typedef enum {
    PYMEM_DOMAIN_RAW,   /* PyMem_RawMalloc() and friends */
    PYMEM_DOMAIN_MEM,   /* PyMem_Malloc() and friends */
    PYMEM_DOMAIN_OBJ    /* PyObject_Malloc() and friends */
} PyMemAllocatorDomain;

typedef enum {
    PYMEM_ALLOCATOR_NOT_SET = 0,
    PYMEM_ALLOCATOR_DEFAULT = 1,
    PYMEM_ALLOCATOR_DEBUG = 2,
    PYMEM_ALLOCATOR_MALLOC = 3,
    PYMEM_ALLOCATOR_MALLOC_DEBUG = 4,
#ifdef WITH_PYMALLOC
    PYMEM_ALLOCATOR_PYMALLOC = 5,
    PYMEM_ALLOCATOR_PYMALLOC_DEBUG = 6,
#endif
} PyMemAllocatorName;

typedef struct {
    void *ctx;  /* handed back as the first argument of every hook */
    void *(*malloc)(void *ctx, size_t size);
    void *(*calloc)(void *ctx, size_t nelem, size_t elsize);
    void *(*realloc)(void *ctx, void *ptr, size_t new_size);
    void (*free)(void *ctx, void *ptr);
} PyMemAllocatorEx;

PyAPI_FUNC(void) PyMem_GetAllocator(PyMemAllocatorDomain domain,
                                    PyMemAllocatorEx *allocator);
PyAPI_FUNC(void) PyMem_SetAllocator(PyMemAllocatorDomain domain,
                                    PyMemAllocatorEx *allocator);
PyAPI_FUNC(void) PyMem_SetupDebugHooks(void);
