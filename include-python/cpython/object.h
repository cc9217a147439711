/* oxpy: the full type object and the method-suite structs (non-limited). */
#ifndef Py_CPYTHON_OBJECT_H
#  error "this header is internal to object.h: include Python.h instead"
#endif

PyAPI_FUNC(void) _Py_NewReference(PyObject *op);

#ifdef Py_TRACE_REFS
PyAPI_FUNC(void) _Py_ForgetReference(PyObject *op);
#endif
#ifdef Py_REF_DEBUG
PyAPI_FUNC(Py_ssize_t) _Py_GetRefTotal(void);
#endif

/* Statically allocated identifiers that are interned on first use
   (the _Py_IDENTIFIER API). */
typedef struct _Py_Identifier {
    const char *string;
    Py_ssize_t index;   /* slot in the interpreter's table, -1 until used */
} _Py_Identifier;

#if defined(NEEDS_PY_IDENTIFIER) || !defined(Py_BUILD_CORE)
#  define _Py_static_string_init(value) { .string = value, .index = -1 }
#  define _Py_static_string(varname, value) \
     static _Py_Identifier varname = _Py_static_string_init(value)
#  define _Py_IDENTIFIER(varname) _Py_static_string(PyId_##varname, #varname)
#endif

/* Buffer protocol slots (Py_buffer is in pybuffer.h). */
typedef int (*getbufferproc)(PyObject *, Py_buffer *, int);
typedef void (*releasebufferproc)(PyObject *, Py_buffer *);

/* The vectorcall protocol (PEP 590). */
typedef PyObject *(*vectorcallfunc)(PyObject *callable, PyObject *const *args,
                                    size_t nargsf, PyObject *kwnames);

/* Number protocol slots, in slot order. */
typedef struct {
    binaryfunc nb_add;
    binaryfunc nb_subtract;
    binaryfunc nb_multiply;
    binaryfunc nb_remainder;
    binaryfunc nb_divmod;
    ternaryfunc nb_power;
    unaryfunc nb_negative;
    unaryfunc nb_positive;
    unaryfunc nb_absolute;
    inquiry nb_bool;
    unaryfunc nb_invert;
    binaryfunc nb_lshift;
    binaryfunc nb_rshift;
    binaryfunc nb_and;
    binaryfunc nb_xor;
    binaryfunc nb_or;
    unaryfunc nb_int;
    void *nb_reserved;          /* was nb_long in Python 2 */
    unaryfunc nb_float;

    binaryfunc nb_inplace_add;
    binaryfunc nb_inplace_subtract;
    binaryfunc nb_inplace_multiply;
    binaryfunc nb_inplace_remainder;
    ternaryfunc nb_inplace_power;
    binaryfunc nb_inplace_lshift;
    binaryfunc nb_inplace_rshift;
    binaryfunc nb_inplace_and;
    binaryfunc nb_inplace_xor;
    binaryfunc nb_inplace_or;

    binaryfunc nb_floor_divide;
    binaryfunc nb_true_divide;
    binaryfunc nb_inplace_floor_divide;
    binaryfunc nb_inplace_true_divide;

    unaryfunc nb_index;

    binaryfunc nb_matrix_multiply;
    binaryfunc nb_inplace_matrix_multiply;
} PyNumberMethods;

/* Sequence protocol slots. */
typedef struct {
    lenfunc sq_length;
    binaryfunc sq_concat;
    ssizeargfunc sq_repeat;
    ssizeargfunc sq_item;
    void *was_sq_slice;         /* unused */
    ssizeobjargproc sq_ass_item;
    void *was_sq_ass_slice;     /* unused */
    objobjproc sq_contains;
    binaryfunc sq_inplace_concat;
    ssizeargfunc sq_inplace_repeat;
} PySequenceMethods;

/* Mapping protocol slots. */
typedef struct {
    lenfunc mp_length;
    binaryfunc mp_subscript;
    objobjargproc mp_ass_subscript;
} PyMappingMethods;

typedef PySendResult (*sendfunc)(PyObject *iter, PyObject *value, PyObject **result);

/* Coroutine and async-iterator slots. */
typedef struct {
    unaryfunc am_await;
    unaryfunc am_aiter;
    unaryfunc am_anext;
    sendfunc am_send;
} PyAsyncMethods;

/* Buffer protocol slots. */
typedef struct {
    getbufferproc bf_getbuffer;
    releasebufferproc bf_releasebuffer;
} PyBufferProcs;

/* tp_print became tp_vectorcall_offset; the old type name survives. */
typedef Py_ssize_t printfunc;

/* A type object.  Field order and types are the ABI. */
struct _typeobject {
    PyObject_VAR_HEAD
    const char *tp_name;                /* "module.Name" */
    Py_ssize_t tp_basicsize, tp_itemsize;

    destructor tp_dealloc;
    Py_ssize_t tp_vectorcall_offset;
    getattrfunc tp_getattr;
    setattrfunc tp_setattr;
    PyAsyncMethods *tp_as_async;
    reprfunc tp_repr;

    PyNumberMethods *tp_as_number;
    PySequenceMethods *tp_as_sequence;
    PyMappingMethods *tp_as_mapping;

    hashfunc tp_hash;
    ternaryfunc tp_call;
    reprfunc tp_str;
    getattrofunc tp_getattro;
    setattrofunc tp_setattro;

    PyBufferProcs *tp_as_buffer;

    unsigned long tp_flags;             /* Py_TPFLAGS_* */

    const char *tp_doc;

    traverseproc tp_traverse;
    inquiry tp_clear;
    richcmpfunc tp_richcompare;
    Py_ssize_t tp_weaklistoffset;

    getiterfunc tp_iter;
    iternextfunc tp_iternext;

    PyMethodDef *tp_methods;
    PyMemberDef *tp_members;
    PyGetSetDef *tp_getset;
    PyTypeObject *tp_base;              /* borrowed */
    PyObject *tp_dict;
    descrgetfunc tp_descr_get;
    descrsetfunc tp_descr_set;
    Py_ssize_t tp_dictoffset;
    initproc tp_init;
    allocfunc tp_alloc;
    newfunc tp_new;
    freefunc tp_free;                   /* low-level deallocation */
    inquiry tp_is_gc;
    PyObject *tp_bases;
    PyObject *tp_mro;
    PyObject *tp_cache;
    PyObject *tp_subclasses;
    PyObject *tp_weaklist;
    destructor tp_del;

    unsigned int tp_version_tag;        /* method-cache key */

    destructor tp_finalize;
    vectorcallfunc tp_vectorcall;
};

/* Per-type caches used by the specialising interpreter. */
struct _specialization_cache {
    PyObject *getitem;
};

/* A heap type: the type object followed by storage for its method suites,
   so the tp_as_* pointers can point into the same allocation. */
typedef struct _heaptypeobject {
    PyTypeObject ht_type;
    PyAsyncMethods as_async;
    PyNumberMethods as_number;
    PyMappingMethods as_mapping;
    PySequenceMethods as_sequence;
    PyBufferProcs as_buffer;
    PyObject *ht_name, *ht_slots, *ht_qualname;
    struct _dictkeysobject *ht_cached_keys;
    PyObject *ht_module;
    char *_ht_tpname;                   /* owned copy of tp_name */
    struct _specialization_cache _spec_cache;
} PyHeapTypeObject;

PyAPI_FUNC(const char *) _PyType_Name(PyTypeObject *type);
PyAPI_FUNC(PyObject *) _PyType_Lookup(PyTypeObject *type, PyObject *name);
PyAPI_FUNC(PyObject *) _PyType_LookupId(PyTypeObject *type, _Py_Identifier *name);
PyAPI_FUNC(PyObject *) _PyObject_LookupSpecialId(PyObject *o, _Py_Identifier *name);
#ifndef Py_BUILD_CORE
#  define _PyObject_LookupSpecial _PyObject_LookupSpecialId
#endif
PyAPI_FUNC(PyTypeObject *) _PyType_CalculateMetaclass(PyTypeObject *metatype,
                                                      PyObject *bases);
PyAPI_FUNC(PyObject *) _PyType_GetDocFromInternalDoc(const char *name,
                                                     const char *internal_doc);
PyAPI_FUNC(PyObject *) _PyType_GetTextSignatureFromInternalDoc(const char *name,
                                                               const char *internal_doc);
PyAPI_FUNC(PyObject *) PyType_GetModuleByDef(PyTypeObject *type, PyModuleDef *def);

PyAPI_FUNC(int) PyObject_Print(PyObject *o, FILE *fp, int flags);
PyAPI_FUNC(void) _Py_BreakPoint(void);
PyAPI_FUNC(void) _PyObject_Dump(PyObject *o);
PyAPI_FUNC(int) _PyObject_IsFreed(PyObject *o);
PyAPI_FUNC(int) _PyObject_IsAbstract(PyObject *o);
PyAPI_FUNC(PyObject *) _PyObject_GetAttrId(PyObject *o, _Py_Identifier *name);
PyAPI_FUNC(int) _PyObject_SetAttrId(PyObject *o, _Py_Identifier *name, PyObject *v);
/* Look an attribute up; 1 and a new reference if found, 0 and NULL if not
   (AttributeError cleared), -1 on another error. */
PyAPI_FUNC(int) _PyObject_LookupAttr(PyObject *o, PyObject *name, PyObject **result);
PyAPI_FUNC(int) _PyObject_LookupAttrId(PyObject *o, _Py_Identifier *name,
                                       PyObject **result);
PyAPI_FUNC(int) _PyObject_GetMethod(PyObject *obj, PyObject *name, PyObject **method);
PyAPI_FUNC(PyObject **) _PyObject_GetDictPtr(PyObject *o);
PyAPI_FUNC(PyObject *) _PyObject_NextNotImplemented(PyObject *o);
PyAPI_FUNC(void) PyObject_CallFinalizer(PyObject *o);
PyAPI_FUNC(int) PyObject_CallFinalizerFromDealloc(PyObject *o);
PyAPI_FUNC(PyObject *) _PyObject_GenericGetAttrWithDict(PyObject *o, PyObject *name,
                                                        PyObject *dict, int suppress);
PyAPI_FUNC(int) _PyObject_GenericSetAttrWithDict(PyObject *o, PyObject *name,
                                                 PyObject *value, PyObject *dict);
PyAPI_FUNC(PyObject *) _PyObject_FunctionStr(PyObject *o);

/* Replace the reference held in a variable, dropping the old one after the
   assignment. */
#define Py_SETREF(op, op2) \
    do { \
        PyObject *_py_tmp = _PyObject_CAST(op); \
        (op) = (op2); \
        Py_DECREF(_py_tmp); \
    } while (0)

#define Py_XSETREF(op, op2) \
    do { \
        PyObject *_py_tmp = _PyObject_CAST(op); \
        (op) = (op2); \
        Py_XDECREF(_py_tmp); \
    } while (0)

PyAPI_DATA(PyTypeObject) _PyNone_Type;
PyAPI_DATA(PyTypeObject) _PyNotImplemented_Type;

/* Maps a comparison op to its reflection: Py_LT <-> Py_GT, and so on. */
PyAPI_DATA(int) _Py_SwappedOp[];

PyAPI_FUNC(void) _PyDebugAllocatorStats(FILE *out, const char *block_name,
                                        int num_blocks, size_t sizeof_block);
PyAPI_FUNC(void) _PyObject_DebugTypeStats(FILE *out);

/* Assertions that dump the offending object before aborting. */
#ifdef NDEBUG
#  define _PyObject_ASSERT_FROM(obj, expr, msg, filename, lineno, func) ((void)0)
#else
#  define _PyObject_ASSERT_FROM(obj, expr, msg, filename, lineno, func) \
     ((expr) ? (void)0 \
             : _PyObject_AssertFailed((obj), Py_STRINGIFY(expr), (msg), \
                                      (filename), (lineno), (func)))
#endif
#define _PyObject_ASSERT_WITH_MSG(obj, expr, msg) \
    _PyObject_ASSERT_FROM(obj, expr, msg, __FILE__, __LINE__, __func__)
#define _PyObject_ASSERT(obj, expr) _PyObject_ASSERT_WITH_MSG(obj, expr, NULL)
#define _PyObject_ASSERT_FAILED_MSG(obj, msg) \
    _PyObject_AssertFailed((obj), NULL, (msg), __FILE__, __LINE__, __func__)

PyAPI_FUNC(void) _Py_NO_RETURN _PyObject_AssertFailed(PyObject *obj, const char *expr,
                                                      const char *msg, const char *file,
                                                      int line, const char *function);
PyAPI_FUNC(int) _PyObject_CheckConsistency(PyObject *op, int check_content);

/* The "trashcan": bounds C recursion when deallocating deeply nested
   containers by deferring the inner deallocations. */
PyAPI_FUNC(int) _PyTrash_begin(PyThreadState *tstate, PyObject *op);
PyAPI_FUNC(void) _PyTrash_end(PyThreadState *tstate);
PyAPI_FUNC(int) _PyTrash_cond(PyObject *op, destructor dealloc);

#define Py_TRASHCAN_BEGIN_CONDITION(op, cond) \
    do { \
        PyThreadState *_tstate = NULL; \
        if (cond) { \
            _tstate = PyThreadState_Get(); \
            if (_PyTrash_begin(_tstate, _PyObject_CAST(op))) { \
                break; \
            } \
        }

#define Py_TRASHCAN_END \
        if (_tstate) { \
            _PyTrash_end(_tstate); \
        } \
    } while (0);

#define Py_TRASHCAN_BEGIN(op, dealloc) \
    Py_TRASHCAN_BEGIN_CONDITION(op, \
        _PyTrash_cond(_PyObject_CAST(op), (destructor)dealloc))

/* Deprecated spellings; using them triggers a deprecation warning. */
Py_DEPRECATED(3.11) typedef int UsingDeprecatedTrashcanMacro;
#define Py_TRASHCAN_SAFE_BEGIN(op) \
    do { \
        UsingDeprecatedTrashcanMacro cond = 1; \
        Py_TRASHCAN_BEGIN_CONDITION(op, cond);
#define Py_TRASHCAN_SAFE_END(op) \
        Py_TRASHCAN_END; \
    } while (0);
