/* oxpy: the set object layout (non-limited). */
#ifndef Py_CPYTHON_SETOBJECT_H
#  error "this header is internal to setobject.h: include Python.h instead"
#endif

/* Slots in the table embedded in every set. */
#define PySet_MINSIZE 8

typedef struct {
    PyObject *key;
    Py_hash_t hash;     /* cached hash of key */
} setentry;

/* An open-addressing hash table; `table` points at smalltable until the
   set grows past it. */
typedef struct {
    PyObject_HEAD

    Py_ssize_t fill;        /* active plus dummy entries */
    Py_ssize_t used;        /* active entries */
    Py_ssize_t mask;        /* table size minus one */
    setentry *table;
    Py_hash_t hash;         /* frozenset hash, -1 until computed */
    Py_ssize_t finger;      /* search start for pop() */

    setentry smalltable[PySet_MINSIZE];
    PyObject *weakreflist;
} PySetObject;

#define PySet_GET_SIZE(so) (assert(PyAnySet_Check(so)), (((PySetObject *)(so))->used))

/* The marker stored in deleted slots. */
PyAPI_DATA(PyObject *) _PySet_Dummy;

PyAPI_FUNC(int) _PySet_NextEntry(PyObject *set, Py_ssize_t *pos, PyObject **key,
                                 Py_hash_t *hash);
PyAPI_FUNC(int) _PySet_Update(PyObject *set, PyObject *iterable);
