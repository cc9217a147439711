/* oxpy: the thread state layout of CPython 3.11 and related hooks
   (non-limited).  Extensions (Cython in particular) read curexc_*,
   exc_info and the tracing fields directly, so the layout is ABI. */
#ifndef Py_CPYTHON_PYSTATE_H
#  error "this header is internal to pystate.h: include Python.h instead"
#endif

PyAPI_FUNC(int) _PyInterpreterState_RequiresIDRef(PyInterpreterState *interp);
PyAPI_FUNC(void) _PyInterpreterState_RequireIDRef(PyInterpreterState *interp, int required);
PyAPI_FUNC(PyObject *) _PyInterpreterState_GetMainModule(PyInterpreterState *interp);

/* sys.settrace / sys.setprofile at the C level. */
typedef int (*Py_tracefunc)(PyObject *obj, PyFrameObject *frame, int what, PyObject *arg);

#define PyTrace_CALL 0
#define PyTrace_EXCEPTION 1
#define PyTrace_LINE 2
#define PyTrace_RETURN 3
#define PyTrace_C_CALL 4
#define PyTrace_C_EXCEPTION 5
#define PyTrace_C_RETURN 6
#define PyTrace_OPCODE 7

typedef struct {
    PyCodeObject *code;         /* code object bounds refers to */
    PyCodeAddressRange bounds;  /* line range of the last traced instruction */
} PyTraceInfo;

/* One C stack frame of the evaluation loop. */
typedef struct _PyCFrame {
    uint8_t use_tracing;        /* 0, or 255 when tracing or profiling */
    struct _PyInterpreterFrame *current_frame;
    struct _PyCFrame *previous;
} _PyCFrame;

/* An entry of the stack of exceptions being handled (sys.exc_info()). */
typedef struct _err_stackitem {
    PyObject *exc_value;        /* the exception, or NULL / None */
    struct _err_stackitem *previous_item;
} _PyErr_StackItem;

/* A chunk of the per-thread stack holding interpreter frames. */
typedef struct _stack_chunk {
    struct _stack_chunk *previous;
    size_t size;
    size_t top;
    PyObject *data[1];
} _PyStackChunk;

struct _ts {
    PyThreadState *prev;
    PyThreadState *next;
    PyInterpreterState *interp;

    int _initialized;           /* has been initialised */
    int _static;                /* statically allocated */

    int recursion_remaining;
    int recursion_limit;
    int recursion_headroom;     /* allowance while handling RecursionError */

    int tracing;
    int tracing_what;           /* PyTrace_* events being traced */

    _PyCFrame *cframe;

    Py_tracefunc c_profilefunc;
    Py_tracefunc c_tracefunc;
    PyObject *c_profileobj;
    PyObject *c_traceobj;

    /* The exception currently being raised. */
    PyObject *curexc_type;
    PyObject *curexc_value;
    PyObject *curexc_traceback;

    /* The top of the stack of exceptions being handled. */
    _PyErr_StackItem *exc_info;

    PyObject *dict;             /* PyThreadState_GetDict() */

    int gilstate_counter;

    PyObject *async_exc;        /* exception to raise asynchronously */
    unsigned long thread_id;
    unsigned long native_thread_id;

    int trash_delete_nesting;
    PyObject *trash_delete_later;

    void (*on_delete)(void *);
    void *on_delete_data;

    int coroutine_origin_tracking_depth;

    PyObject *async_gen_firstiter;
    PyObject *async_gen_finalizer;

    PyObject *context;
    uint64_t context_ver;

    uint64_t id;                /* unique per interpreter */

    PyTraceInfo trace_info;

    _PyStackChunk *datastack_chunk;
    PyObject **datastack_top;
    PyObject **datastack_limit;

    /* The bottom item of the exc_info stack. */
    _PyErr_StackItem exc_state;

    /* The bottom C frame, belonging to the thread itself. */
    _PyCFrame root_cframe;
};

#define _PyInterpreterState_Get PyInterpreterState_Get

PyAPI_FUNC(PyThreadState *) _PyThreadState_Prealloc(PyInterpreterState *interp);

/* The current thread state, or NULL; never fails. */
PyAPI_FUNC(PyThreadState *) _PyThreadState_UncheckedGet(void);

PyAPI_FUNC(PyObject *) _PyThreadState_GetDict(PyThreadState *tstate);

PyAPI_FUNC(void) PyThreadState_EnterTracing(PyThreadState *tstate);
PyAPI_FUNC(void) PyThreadState_LeaveTracing(PyThreadState *tstate);

/* 1 if the calling thread holds the GIL. */
PyAPI_FUNC(int) PyGILState_Check(void);

PyAPI_FUNC(PyInterpreterState *) _PyGILState_GetInterpreterStateUnsafe(void);

PyAPI_FUNC(PyObject *) _PyThread_CurrentFrames(void);
PyAPI_FUNC(PyObject *) _PyThread_CurrentExceptions(void);

/* Walking all interpreters and threads. */
PyAPI_FUNC(PyInterpreterState *) PyInterpreterState_Main(void);
PyAPI_FUNC(PyInterpreterState *) PyInterpreterState_Head(void);
PyAPI_FUNC(PyInterpreterState *) PyInterpreterState_Next(PyInterpreterState *interp);
PyAPI_FUNC(PyThreadState *) PyInterpreterState_ThreadHead(PyInterpreterState *interp);
PyAPI_FUNC(PyThreadState *) PyThreadState_Next(PyThreadState *tstate);
PyAPI_FUNC(void) PyThreadState_DeleteCurrent(void);

/* PEP 523 frame evaluation hook. */
typedef PyObject *(*_PyFrameEvalFunction)(PyThreadState *tstate,
                                          struct _PyInterpreterFrame *frame,
                                          int throwflag);

PyAPI_FUNC(_PyFrameEvalFunction) _PyInterpreterState_GetEvalFrameFunc(
    PyInterpreterState *interp);
PyAPI_FUNC(void) _PyInterpreterState_SetEvalFrameFunc(PyInterpreterState *interp,
                                                      _PyFrameEvalFunction eval_frame);

PyAPI_FUNC(const PyConfig *) _PyInterpreterState_GetConfig(PyInterpreterState *interp);
PyAPI_FUNC(int) _PyInterpreterState_GetConfigCopy(struct PyConfig *config);
PyAPI_FUNC(int) _PyInterpreterState_SetConfig(const struct PyConfig *config);
PyAPI_FUNC(const PyConfig *) _Py_GetConfig(void);

/* Sharing immutable data between interpreters. */
typedef struct _xid _PyCrossInterpreterData;

struct _xid {
    void *data;
    PyObject *obj;
    int64_t interp;
    PyObject *(*new_object)(_PyCrossInterpreterData *);
    void (*free)(void *);
};

PyAPI_FUNC(int) _PyObject_GetCrossInterpreterData(PyObject *obj,
                                                  _PyCrossInterpreterData *data);
PyAPI_FUNC(PyObject *) _PyCrossInterpreterData_NewObject(_PyCrossInterpreterData *data);
PyAPI_FUNC(void) _PyCrossInterpreterData_Release(_PyCrossInterpreterData *data);
PyAPI_FUNC(int) _PyObject_CheckCrossInterpreterData(PyObject *obj);

typedef int (*crossinterpdatafunc)(PyObject *, _PyCrossInterpreterData *);

PyAPI_FUNC(int) _PyCrossInterpreterData_RegisterClass(PyTypeObject *cls,
                                                      crossinterpdatafunc getdata);
PyAPI_FUNC(crossinterpdatafunc) _PyCrossInterpreterData_Lookup(PyObject *obj);
