/* oxpy: exception object layouts and the non-limited error API. */
#ifndef Py_CPYTHON_ERRORS_H
#  error "this header is internal to pyerrors.h: include Python.h instead"
#endif

/* The fields every BaseException instance has. */
#define PyException_HEAD \
    PyObject_HEAD \
    PyObject *dict; \
    PyObject *args; \
    PyObject *notes; \
    PyObject *traceback; \
    PyObject *context; \
    PyObject *cause; \
    char suppress_context;

typedef struct {
    PyException_HEAD
} PyBaseExceptionObject;

typedef struct {
    PyException_HEAD
    PyObject *msg;
    PyObject *excs;
} PyBaseExceptionGroupObject;

typedef struct {
    PyException_HEAD
    PyObject *msg;
    PyObject *filename;
    PyObject *lineno;
    PyObject *offset;
    PyObject *end_lineno;
    PyObject *end_offset;
    PyObject *text;
    PyObject *print_file_and_line;
} PySyntaxErrorObject;

typedef struct {
    PyException_HEAD
    PyObject *msg;
    PyObject *name;
    PyObject *path;
} PyImportErrorObject;

typedef struct {
    PyException_HEAD
    PyObject *encoding;
    PyObject *object;
    Py_ssize_t start;
    Py_ssize_t end;
    PyObject *reason;
} PyUnicodeErrorObject;

typedef struct {
    PyException_HEAD
    PyObject *code;
} PySystemExitObject;

typedef struct {
    PyException_HEAD
    PyObject *myerrno;
    PyObject *strerror;
    PyObject *filename;
    PyObject *filename2;
#ifdef MS_WINDOWS
    PyObject *winerror;
#endif
    Py_ssize_t written;     /* BlockingIOError.characters_written, -1 if unset */
} PyOSErrorObject;

typedef struct {
    PyException_HEAD
    PyObject *value;
} PyStopIterationObject;

typedef struct {
    PyException_HEAD
    PyObject *name;
} PyNameErrorObject;

typedef struct {
    PyException_HEAD
    PyObject *obj;
    PyObject *name;
} PyAttributeErrorObject;

typedef PyOSErrorObject PyEnvironmentErrorObject;
#ifdef MS_WINDOWS
typedef PyOSErrorObject PyWindowsErrorObject;
#endif

PyAPI_FUNC(void) _PyErr_SetKeyError(PyObject *key);
PyAPI_FUNC(_PyErr_StackItem *) _PyErr_GetTopmostException(PyThreadState *tstate);
PyAPI_FUNC(PyObject *) _PyErr_GetHandledException(PyThreadState *tstate);
PyAPI_FUNC(void) _PyErr_SetHandledException(PyThreadState *tstate, PyObject *exc);
PyAPI_FUNC(void) _PyErr_GetExcInfo(PyThreadState *tstate, PyObject **ptype,
                                   PyObject **pvalue, PyObject **ptraceback);

/* Make the given exception the context of the current one. */
PyAPI_FUNC(void) _PyErr_ChainExceptions(PyObject *typ, PyObject *val, PyObject *tb);

PyAPI_FUNC(PyObject *) _PyErr_FormatFromCause(PyObject *exception, const char *format, ...);
PyAPI_FUNC(PyObject *) _PyErr_TrySetFromCause(const char *prefix_format, ...);

/* Declared without PyAPI_FUNC in CPython 3.11 as well. */
int PySignal_SetWakeupFd(int fd);
PyAPI_FUNC(int) _PyErr_CheckSignals(void);

PyAPI_FUNC(void) PyErr_SyntaxLocationObject(PyObject *filename, int lineno, int col_offset);
PyAPI_FUNC(void) PyErr_RangedSyntaxLocationObject(PyObject *filename, int lineno,
                                                  int col_offset, int end_lineno,
                                                  int end_col_offset);
PyAPI_FUNC(PyObject *) PyErr_ProgramTextObject(PyObject *filename, int lineno);
PyAPI_FUNC(PyObject *) _PyErr_ProgramDecodedTextObject(PyObject *filename, int lineno,
                                                       const char *encoding);

PyAPI_FUNC(PyObject *) _PyUnicodeTranslateError_Create(PyObject *object, Py_ssize_t start,
                                                       Py_ssize_t end, const char *reason);

PyAPI_FUNC(void) _PyErr_WriteUnraisableMsg(const char *err_msg, PyObject *obj);

PyAPI_FUNC(void) _Py_NO_RETURN _Py_FatalErrorFunc(const char *func, const char *message);
PyAPI_FUNC(void) _Py_NO_RETURN _Py_FatalErrorFormat(const char *func, const char *format,
                                                    ...);

/* Report the calling function's name along with the message. */
#define Py_FatalError(message) _Py_FatalErrorFunc(__func__, message)
