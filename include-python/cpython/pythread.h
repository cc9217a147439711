/* oxpy: the Py_tss_t layout and thread helpers (non-limited). */
#ifndef Py_CPYTHON_PYTHREAD_H
#  error "this header is internal to pythread.h: include Python.h instead"
#endif

#define PYTHREAD_INVALID_THREAD_ID ((unsigned long)-1)

#ifdef HAVE_FORK
PyAPI_FUNC(int) _PyThread_at_fork_reinit(PyThread_type_lock *lock);
#endif

#ifdef HAVE_PTHREAD_H
#  include <pthread.h>
#  define NATIVE_TSS_KEY_T pthread_key_t
#elif defined(NT_THREADS)
#  define NATIVE_TSS_KEY_T unsigned long
#else
#  error "oxpy needs native threads"
#endif

/* Statically initialise with Py_tss_NEEDS_INIT. */
struct _Py_tss_t {
    int _is_initialized;
    NATIVE_TSS_KEY_T _key;
};

#undef NATIVE_TSS_KEY_T

#define Py_tss_NEEDS_INIT {0}
