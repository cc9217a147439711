/* oxpy: frame creation and locals synchronisation (non-limited).  The
   frame object layout itself is private in 3.11. */
#ifndef Py_CPYTHON_FRAMEOBJECT_H
#  error "this header is internal to frameobject.h: include frameobject.h instead"
#endif

PyAPI_FUNC(PyFrameObject *) PyFrame_New(PyThreadState *tstate, PyCodeObject *code,
                                        PyObject *globals, PyObject *locals);

/* Copy between f_locals and the fast locals. */
PyAPI_FUNC(void) PyFrame_LocalsToFast(PyFrameObject *f, int clear);
PyAPI_FUNC(int) _PyFrame_IsEntryFrame(PyFrameObject *frame);
PyAPI_FUNC(int) PyFrame_FastToLocalsWithError(PyFrameObject *f);
PyAPI_FUNC(void) PyFrame_FastToLocals(PyFrameObject *f);
