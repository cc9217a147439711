/* oxpy: the traceback object layout (non-limited). */
#ifndef Py_CPYTHON_TRACEBACK_H
#  error "this header is internal to traceback.h: include Python.h instead"
#endif

typedef struct _traceback PyTracebackObject;

struct _traceback {
    PyObject_HEAD
    PyTracebackObject *tb_next;
    PyFrameObject *tb_frame;
    int tb_lasti;
    int tb_lineno;
};

PyAPI_FUNC(int) _Py_DisplaySourceLine(PyObject *f, PyObject *filename, int lineno,
                                      int indent, int *truncation, PyObject **line);
/* Add a synthetic frame for funcname in filename:lineno to the current
   exception's traceback. */
PyAPI_FUNC(void) _PyTraceback_Add(const char *funcname, const char *filename, int lineno);
