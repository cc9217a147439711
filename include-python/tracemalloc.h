/* oxpy: reporting allocations to tracemalloc. */
#ifndef Py_TRACEMALLOC_H
#define Py_TRACEMALLOC_H
#ifndef Py_LIMITED_API

/* 0 on success, -2 if tracemalloc is off, -1 on error. */
PyAPI_FUNC(int) PyTraceMalloc_Track(unsigned int domain, uintptr_t ptr, size_t size);
PyAPI_FUNC(int) PyTraceMalloc_Untrack(unsigned int domain, uintptr_t ptr);

PyAPI_FUNC(PyObject *) _PyTraceMalloc_GetTraceback(unsigned int domain, uintptr_t ptr);

#endif /* Py_LIMITED_API */
#endif /* Py_TRACEMALLOC_H */
