/* Layout probe for oxpy's include-python.
 *
 * Compiled once against CPython 3.11's headers and once against
 * include-python; the two outputs must be identical.  Prints one fact per
 * line: struct sizes and alignments, field offsets and sizes, bit-field
 * placement, constant values, and the effect of the accessor macros and
 * inline functions on hand-built objects.
 *
 * Build with -DNDEBUG (the accessors' assertions would reject the
 * hand-built objects) and, to check only what the limited API exposes,
 * with -DPROBE_LIMITED (and Py_LIMITED_API) to check only what the
 * limited API exposes. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <structmember.h>
#ifndef PROBE_LIMITED
#  include <frameobject.h>
#  include <marshal.h>
#  include <errcode.h>
#  include <osdefs.h>
#  define _PY_DATETIME_IMPL   /* the struct definitions only */
#  include <datetime.h>
#endif
#include <stddef.h>
#include <stdio.h>
#include <string.h>

/* Reading deprecated fields (PyBytesObject.ob_shash) is deliberate. */
#if defined(__GNUC__) || defined(__clang__)
#  pragma GCC diagnostic ignored "-Wdeprecated-declarations"
#endif

#define SIZE(T) printf("size %s %zu align %zu\n", #T, sizeof(T), _Alignof(T))
#define FIELD(T, f) \
    printf("field %s.%s offset %zu size %zu\n", #T, #f, offsetof(T, f), \
           sizeof(((T *)0)->f))
#define CONST(c) printf("const %s %lld\n", #c, (long long)(c))
#define UCONST(c) printf("const %s %llu\n", #c, (unsigned long long)(c))
#define SCONST(c) printf("const %s \"%s\"\n", #c, c)
#define FCONST(c) printf("const %s %.21Lg\n", #c, (long double)(c))
#define CHECK(what, expr) printf("check %s %lld\n", what, (long long)(expr))

/* Stand-ins for the few libpython functions the inline code under test
   references; the probe is not linked against libpython. */
static int dealloc_calls;
void _Py_Dealloc(PyObject *op) { (void)op; dealloc_calls++; }
int PyType_IsSubtype(PyTypeObject *a, PyTypeObject *b) { (void)a; (void)b; return 0; }
#ifdef Py_REF_DEBUG
Py_ssize_t _Py_RefTotal;
void _Py_NegativeRefcount(const char *f, int l, PyObject *op) { (void)f; (void)l; (void)op; }
#endif
#ifndef PROBE_LIMITED
PyTypeObject PyLong_Type, PyCMethod_Type, PyType_Type;
PyObject _Py_NoneStruct;
char _PyByteArray_empty_string[] = "";
int _PyUnicode_Ready(PyObject *op) { (void)op; return -7; }
#else
unsigned long PyType_GetFlags(PyTypeObject *t) { (void)t; return Py_TPFLAGS_LONG_SUBCLASS; }
#endif

static void limited_structs(void) {
    SIZE(PyObject);
    FIELD(PyObject, ob_refcnt);
    FIELD(PyObject, ob_type);

    SIZE(PyVarObject);
    FIELD(PyVarObject, ob_base);
    FIELD(PyVarObject, ob_size);

    SIZE(PyMethodDef);
    FIELD(PyMethodDef, ml_name);
    FIELD(PyMethodDef, ml_meth);
    FIELD(PyMethodDef, ml_flags);
    FIELD(PyMethodDef, ml_doc);

    SIZE(PyMemberDef);
    FIELD(PyMemberDef, name);
    FIELD(PyMemberDef, type);
    FIELD(PyMemberDef, offset);
    FIELD(PyMemberDef, flags);
    FIELD(PyMemberDef, doc);

    SIZE(PyGetSetDef);
    FIELD(PyGetSetDef, name);
    FIELD(PyGetSetDef, get);
    FIELD(PyGetSetDef, set);
    FIELD(PyGetSetDef, doc);
    FIELD(PyGetSetDef, closure);

    SIZE(PyModuleDef_Base);
    FIELD(PyModuleDef_Base, ob_base);
    FIELD(PyModuleDef_Base, m_init);
    FIELD(PyModuleDef_Base, m_index);
    FIELD(PyModuleDef_Base, m_copy);

    SIZE(PyModuleDef);
    FIELD(PyModuleDef, m_base);
    FIELD(PyModuleDef, m_name);
    FIELD(PyModuleDef, m_doc);
    FIELD(PyModuleDef, m_size);
    FIELD(PyModuleDef, m_methods);
    FIELD(PyModuleDef, m_slots);
    FIELD(PyModuleDef, m_traverse);
    FIELD(PyModuleDef, m_clear);
    FIELD(PyModuleDef, m_free);

    SIZE(PyModuleDef_Slot);
    FIELD(PyModuleDef_Slot, slot);
    FIELD(PyModuleDef_Slot, value);

    SIZE(PyType_Slot);
    FIELD(PyType_Slot, slot);
    FIELD(PyType_Slot, pfunc);

    SIZE(PyType_Spec);
    FIELD(PyType_Spec, name);
    FIELD(PyType_Spec, basicsize);
    FIELD(PyType_Spec, itemsize);
    FIELD(PyType_Spec, flags);
    FIELD(PyType_Spec, slots);

    SIZE(Py_buffer);
    FIELD(Py_buffer, buf);
    FIELD(Py_buffer, obj);
    FIELD(Py_buffer, len);
    FIELD(Py_buffer, itemsize);
    FIELD(Py_buffer, readonly);
    FIELD(Py_buffer, ndim);
    FIELD(Py_buffer, format);
    FIELD(Py_buffer, shape);
    FIELD(Py_buffer, strides);
    FIELD(Py_buffer, suboffsets);
    FIELD(Py_buffer, internal);

    SIZE(PyStructSequence_Field);
    FIELD(PyStructSequence_Field, name);
    FIELD(PyStructSequence_Field, doc);

    SIZE(PyStructSequence_Desc);
    FIELD(PyStructSequence_Desc, name);
    FIELD(PyStructSequence_Desc, doc);
    FIELD(PyStructSequence_Desc, fields);
    FIELD(PyStructSequence_Desc, n_in_sequence);

    SIZE(Py_ssize_t);
    SIZE(Py_hash_t);
    SIZE(Py_uhash_t);
    SIZE(Py_UCS4);
    SIZE(Py_UCS2);
    SIZE(Py_UCS1);
    SIZE(PyGILState_STATE);
    SIZE(PySendResult);
    SIZE(PyLockStatus);
    SIZE(PyThread_type_lock);
}

static void limited_constants(void) {
    /* Versions. */
    CONST(PY_MAJOR_VERSION);
    CONST(PY_MINOR_VERSION);
    CONST(PY_RELEASE_LEVEL_ALPHA);
    CONST(PY_RELEASE_LEVEL_BETA);
    CONST(PY_RELEASE_LEVEL_GAMMA);
    CONST(PY_RELEASE_LEVEL_FINAL);
    UCONST(PY_VERSION_HEX >> 16);
    /* The bug-fix release may differ from the reference CPython's; the
       test sets "release" lines aside. */
    printf("release PY_MICRO_VERSION %d\n", PY_MICRO_VERSION);
    printf("release PY_RELEASE_LEVEL %d\n", PY_RELEASE_LEVEL);
    printf("release PY_RELEASE_SERIAL %d\n", PY_RELEASE_SERIAL);
    printf("release PY_VERSION_HEX %#lx\n", (unsigned long)PY_VERSION_HEX);
    printf("release PY_VERSION %s\n", PY_VERSION);
    CONST(PYTHON_API_VERSION);
    SCONST(PYTHON_API_STRING);
    CONST(PYTHON_ABI_VERSION);
    SCONST(PYTHON_ABI_STRING);

    /* Type flags. */
    UCONST(Py_TPFLAGS_DISALLOW_INSTANTIATION);
    UCONST(Py_TPFLAGS_IMMUTABLETYPE);
    UCONST(Py_TPFLAGS_HEAPTYPE);
    UCONST(Py_TPFLAGS_BASETYPE);
    UCONST(Py_TPFLAGS_READY);
    UCONST(Py_TPFLAGS_READYING);
    UCONST(Py_TPFLAGS_HAVE_GC);
    UCONST(Py_TPFLAGS_HAVE_STACKLESS_EXTENSION);
    UCONST(Py_TPFLAGS_METHOD_DESCRIPTOR);
    UCONST(Py_TPFLAGS_VALID_VERSION_TAG);
    UCONST(Py_TPFLAGS_IS_ABSTRACT);
    UCONST(_Py_TPFLAGS_MATCH_SELF);
    UCONST(Py_TPFLAGS_LONG_SUBCLASS);
    UCONST(Py_TPFLAGS_LIST_SUBCLASS);
    UCONST(Py_TPFLAGS_TUPLE_SUBCLASS);
    UCONST(Py_TPFLAGS_BYTES_SUBCLASS);
    UCONST(Py_TPFLAGS_UNICODE_SUBCLASS);
    UCONST(Py_TPFLAGS_DICT_SUBCLASS);
    UCONST(Py_TPFLAGS_BASE_EXC_SUBCLASS);
    UCONST(Py_TPFLAGS_TYPE_SUBCLASS);
    UCONST(Py_TPFLAGS_DEFAULT);
    UCONST(Py_TPFLAGS_HAVE_FINALIZE);
    UCONST(Py_TPFLAGS_HAVE_VERSION_TAG);

    /* Method flags. */
    CONST(METH_VARARGS);
    CONST(METH_KEYWORDS);
    CONST(METH_NOARGS);
    CONST(METH_O);
    CONST(METH_CLASS);
    CONST(METH_STATIC);
    CONST(METH_COEXIST);
    CONST(METH_FASTCALL);
    CONST(METH_STACKLESS);
    CONST(METH_METHOD);

    /* Member types and flags. */
    CONST(T_SHORT);
    CONST(T_INT);
    CONST(T_LONG);
    CONST(T_FLOAT);
    CONST(T_DOUBLE);
    CONST(T_STRING);
    CONST(T_OBJECT);
    CONST(T_CHAR);
    CONST(T_BYTE);
    CONST(T_UBYTE);
    CONST(T_USHORT);
    CONST(T_UINT);
    CONST(T_ULONG);
    CONST(T_STRING_INPLACE);
    CONST(T_BOOL);
    CONST(T_OBJECT_EX);
    CONST(T_LONGLONG);
    CONST(T_ULONGLONG);
    CONST(T_PYSSIZET);
    CONST(T_NONE);
    CONST(READONLY);
    CONST(READ_RESTRICTED);
    CONST(PY_WRITE_RESTRICTED);
    CONST(RESTRICTED);
    CONST(PY_AUDIT_READ);

    /* Type slots. */
    CONST(Py_bf_getbuffer);
    CONST(Py_bf_releasebuffer);
    CONST(Py_mp_ass_subscript);
    CONST(Py_mp_length);
    CONST(Py_mp_subscript);
    CONST(Py_nb_absolute);
    CONST(Py_nb_add);
    CONST(Py_nb_and);
    CONST(Py_nb_bool);
    CONST(Py_nb_divmod);
    CONST(Py_nb_float);
    CONST(Py_nb_floor_divide);
    CONST(Py_nb_index);
    CONST(Py_nb_inplace_add);
    CONST(Py_nb_inplace_and);
    CONST(Py_nb_inplace_floor_divide);
    CONST(Py_nb_inplace_lshift);
    CONST(Py_nb_inplace_multiply);
    CONST(Py_nb_inplace_or);
    CONST(Py_nb_inplace_power);
    CONST(Py_nb_inplace_remainder);
    CONST(Py_nb_inplace_rshift);
    CONST(Py_nb_inplace_subtract);
    CONST(Py_nb_inplace_true_divide);
    CONST(Py_nb_inplace_xor);
    CONST(Py_nb_int);
    CONST(Py_nb_invert);
    CONST(Py_nb_lshift);
    CONST(Py_nb_multiply);
    CONST(Py_nb_negative);
    CONST(Py_nb_or);
    CONST(Py_nb_positive);
    CONST(Py_nb_power);
    CONST(Py_nb_remainder);
    CONST(Py_nb_rshift);
    CONST(Py_nb_subtract);
    CONST(Py_nb_true_divide);
    CONST(Py_nb_xor);
    CONST(Py_sq_ass_item);
    CONST(Py_sq_concat);
    CONST(Py_sq_contains);
    CONST(Py_sq_inplace_concat);
    CONST(Py_sq_inplace_repeat);
    CONST(Py_sq_item);
    CONST(Py_sq_length);
    CONST(Py_sq_repeat);
    CONST(Py_tp_alloc);
    CONST(Py_tp_base);
    CONST(Py_tp_bases);
    CONST(Py_tp_call);
    CONST(Py_tp_clear);
    CONST(Py_tp_dealloc);
    CONST(Py_tp_del);
    CONST(Py_tp_descr_get);
    CONST(Py_tp_descr_set);
    CONST(Py_tp_doc);
    CONST(Py_tp_getattr);
    CONST(Py_tp_getattro);
    CONST(Py_tp_hash);
    CONST(Py_tp_init);
    CONST(Py_tp_is_gc);
    CONST(Py_tp_iter);
    CONST(Py_tp_iternext);
    CONST(Py_tp_methods);
    CONST(Py_tp_new);
    CONST(Py_tp_repr);
    CONST(Py_tp_richcompare);
    CONST(Py_tp_setattr);
    CONST(Py_tp_setattro);
    CONST(Py_tp_str);
    CONST(Py_tp_traverse);
    CONST(Py_tp_members);
    CONST(Py_tp_getset);
    CONST(Py_tp_free);
    CONST(Py_nb_matrix_multiply);
    CONST(Py_nb_inplace_matrix_multiply);
    CONST(Py_am_await);
    CONST(Py_am_aiter);
    CONST(Py_am_anext);
    CONST(Py_tp_finalize);
    CONST(Py_am_send);

    /* Module slots. */
    CONST(Py_mod_create);
    CONST(Py_mod_exec);

    /* Buffer flags. */
    CONST(PyBUF_MAX_NDIM);
    CONST(PyBUF_SIMPLE);
    CONST(PyBUF_WRITABLE);
    CONST(PyBUF_FORMAT);
    CONST(PyBUF_ND);
    CONST(PyBUF_STRIDES);
    CONST(PyBUF_C_CONTIGUOUS);
    CONST(PyBUF_F_CONTIGUOUS);
    CONST(PyBUF_ANY_CONTIGUOUS);
    CONST(PyBUF_INDIRECT);
    CONST(PyBUF_CONTIG);
    CONST(PyBUF_CONTIG_RO);
    CONST(PyBUF_STRIDED);
    CONST(PyBUF_STRIDED_RO);
    CONST(PyBUF_RECORDS);
    CONST(PyBUF_RECORDS_RO);
    CONST(PyBUF_FULL);
    CONST(PyBUF_FULL_RO);
    CONST(PyBUF_READ);
    CONST(PyBUF_WRITE);

    /* Comparisons and results. */
    CONST(Py_LT);
    CONST(Py_LE);
    CONST(Py_EQ);
    CONST(Py_NE);
    CONST(Py_GT);
    CONST(Py_GE);
    CONST(PYGEN_RETURN);
    CONST(PYGEN_ERROR);
    CONST(PYGEN_NEXT);
    CONST(PyGILState_LOCKED);
    CONST(PyGILState_UNLOCKED);
    CONST(PY_LOCK_FAILURE);
    CONST(PY_LOCK_ACQUIRED);
    CONST(PY_LOCK_INTR);
    CONST(WAIT_LOCK);
    CONST(NOWAIT_LOCK);
    CONST(PY_TIMEOUT_MAX);
    CONST(Py_PRINT_RAW);
    CONST(Py_CLEANUP_SUPPORTED);
    CONST(MAX_CO_EXTRA_USERS);
    CONST(Py_single_input);
    CONST(Py_file_input);
    CONST(Py_eval_input);
    CONST(Py_func_type_input);
    CONST(Py_fstring_input);
    CONST(Py_DTSF_SIGN);
    CONST(Py_DTSF_ADD_DOT_0);
    CONST(Py_DTSF_ALT);
    CONST(Py_DTSF_NO_NEG_0);
    CONST(Py_DTST_FINITE);
    CONST(Py_DTST_INFINITE);
    CONST(Py_DTST_NAN);
    CONST(FVC_MASK);
    CONST(FVC_NONE);
    CONST(FVC_STR);
    CONST(FVC_REPR);
    CONST(FVC_ASCII);
    CONST(FVS_MASK);
    CONST(FVS_HAVE_SPEC);
    CONST(PYOS_STACK_MARGIN);
    UCONST(Py_UNICODE_REPLACEMENT_CHARACTER);

    /* Sizes and limits. */
    CONST(PY_SSIZE_T_MAX);
    CONST(PY_SSIZE_T_MIN);
    UCONST(PY_SIZE_MAX);
    CONST(PYLONG_BITS_IN_DIGIT);
    CONST(SIZEOF_PY_HASH_T);
    CONST(SIZEOF_PY_UHASH_T);
    CONST(SIZEOF_VOID_P);
    CONST(SIZEOF_SIZE_T);
    CONST(SIZEOF_LONG);
    CONST(SIZEOF_INT);
    CONST(SIZEOF_WCHAR_T);
    CONST(SIZEOF_PID_T);
    CONST(SIZEOF_TIME_T);
    CONST(SIZEOF_OFF_T);
    CONST(LONG_BIT);
    UCONST(PY_DWORD_MAX);
    CONST(PY_LITTLE_ENDIAN);
    CONST(PY_BIG_ENDIAN);
    UCONST(_PyHASH_MULTIPLIER);
    CONST(_PyHASH_BITS);
    UCONST(_PyHASH_MODULUS);
    CONST(_PyHASH_INF);
    UCONST(_PyHASH_IMAG);
    CONST(Py_HASH_CUTOFF);
    CONST(Py_HASH_ALGORITHM);
    CONST(Py_HASH_EXTERNAL);
    CONST(Py_HASH_SIPHASH24);
    CONST(Py_HASH_FNV);
    CONST(Py_HASH_SIPHASH13);
    CONST(Py_UNICODE_SIZE);
    FCONST(Py_MATH_PI);
    FCONST(Py_MATH_E);
    FCONST(Py_MATH_PIl);
    FCONST(Py_MATH_El);
    FCONST(Py_MATH_TAU);
    SCONST(_Py_PARSE_PID);
    SCONST(_Py_PARSE_INTPTR);
    SCONST(_Py_PARSE_UINTPTR);
    SCONST(PY_STDIOTEXTMODE);
    SCONST(PY_FORMAT_SIZE_T);
}

/* Behaviour of the inline accessors that are part of the limited API. */
static void limited_behaviour(void) {
    static PyTypeObject *fake_type_ptr;
    struct { PyVarObject head; PyObject *items[4]; } var;
    memset(&var, 0, sizeof var);
    Py_SET_REFCNT((PyObject *)&var, 5);
    Py_SET_TYPE((PyObject *)&var, fake_type_ptr);
    Py_SET_SIZE(&var.head, 3);
    CHECK("Py_REFCNT", Py_REFCNT((PyObject *)&var));
    CHECK("Py_SIZE", Py_SIZE((PyObject *)&var));
    CHECK("Py_TYPE_is_set", Py_TYPE((PyObject *)&var) == fake_type_ptr);
    CHECK("Py_IS_TYPE", Py_IS_TYPE((PyObject *)&var, fake_type_ptr));
    Py_INCREF((PyObject *)&var);
    CHECK("Py_INCREF_refcnt", var.head.ob_base.ob_refcnt);
    Py_XINCREF((PyObject *)&var);
    Py_DECREF((PyObject *)&var);
    Py_XDECREF((PyObject *)&var);
    CHECK("Py_DECREF_refcnt", var.head.ob_base.ob_refcnt);
    var.head.ob_base.ob_refcnt = 1;
    dealloc_calls = 0;
    Py_DECREF((PyObject *)&var);
    CHECK("Py_DECREF_to_zero_deallocs", dealloc_calls);
    var.head.ob_base.ob_refcnt = 1;
    CHECK("Py_NewRef_same", Py_NewRef((PyObject *)&var) == (PyObject *)&var);
    CHECK("Py_NewRef_refcnt", var.head.ob_base.ob_refcnt);
    CHECK("Py_XNewRef_NULL", Py_XNewRef(NULL) == NULL);
    CHECK("PyVectorcall_offset_bit_set", (size_t)1 << 63 != 0);
}

#ifndef PROBE_LIMITED
static void full_structs(void) {
    SIZE(PyTypeObject);
    FIELD(PyTypeObject, ob_base);
    FIELD(PyTypeObject, tp_name);
    FIELD(PyTypeObject, tp_basicsize);
    FIELD(PyTypeObject, tp_itemsize);
    FIELD(PyTypeObject, tp_dealloc);
    FIELD(PyTypeObject, tp_vectorcall_offset);
    FIELD(PyTypeObject, tp_getattr);
    FIELD(PyTypeObject, tp_setattr);
    FIELD(PyTypeObject, tp_as_async);
    FIELD(PyTypeObject, tp_repr);
    FIELD(PyTypeObject, tp_as_number);
    FIELD(PyTypeObject, tp_as_sequence);
    FIELD(PyTypeObject, tp_as_mapping);
    FIELD(PyTypeObject, tp_hash);
    FIELD(PyTypeObject, tp_call);
    FIELD(PyTypeObject, tp_str);
    FIELD(PyTypeObject, tp_getattro);
    FIELD(PyTypeObject, tp_setattro);
    FIELD(PyTypeObject, tp_as_buffer);
    FIELD(PyTypeObject, tp_flags);
    FIELD(PyTypeObject, tp_doc);
    FIELD(PyTypeObject, tp_traverse);
    FIELD(PyTypeObject, tp_clear);
    FIELD(PyTypeObject, tp_richcompare);
    FIELD(PyTypeObject, tp_weaklistoffset);
    FIELD(PyTypeObject, tp_iter);
    FIELD(PyTypeObject, tp_iternext);
    FIELD(PyTypeObject, tp_methods);
    FIELD(PyTypeObject, tp_members);
    FIELD(PyTypeObject, tp_getset);
    FIELD(PyTypeObject, tp_base);
    FIELD(PyTypeObject, tp_dict);
    FIELD(PyTypeObject, tp_descr_get);
    FIELD(PyTypeObject, tp_descr_set);
    FIELD(PyTypeObject, tp_dictoffset);
    FIELD(PyTypeObject, tp_init);
    FIELD(PyTypeObject, tp_alloc);
    FIELD(PyTypeObject, tp_new);
    FIELD(PyTypeObject, tp_free);
    FIELD(PyTypeObject, tp_is_gc);
    FIELD(PyTypeObject, tp_bases);
    FIELD(PyTypeObject, tp_mro);
    FIELD(PyTypeObject, tp_cache);
    FIELD(PyTypeObject, tp_subclasses);
    FIELD(PyTypeObject, tp_weaklist);
    FIELD(PyTypeObject, tp_del);
    FIELD(PyTypeObject, tp_version_tag);
    FIELD(PyTypeObject, tp_finalize);
    FIELD(PyTypeObject, tp_vectorcall);

    SIZE(PyNumberMethods);
    FIELD(PyNumberMethods, nb_add);
    FIELD(PyNumberMethods, nb_subtract);
    FIELD(PyNumberMethods, nb_multiply);
    FIELD(PyNumberMethods, nb_remainder);
    FIELD(PyNumberMethods, nb_divmod);
    FIELD(PyNumberMethods, nb_power);
    FIELD(PyNumberMethods, nb_negative);
    FIELD(PyNumberMethods, nb_positive);
    FIELD(PyNumberMethods, nb_absolute);
    FIELD(PyNumberMethods, nb_bool);
    FIELD(PyNumberMethods, nb_invert);
    FIELD(PyNumberMethods, nb_lshift);
    FIELD(PyNumberMethods, nb_rshift);
    FIELD(PyNumberMethods, nb_and);
    FIELD(PyNumberMethods, nb_xor);
    FIELD(PyNumberMethods, nb_or);
    FIELD(PyNumberMethods, nb_int);
    FIELD(PyNumberMethods, nb_reserved);
    FIELD(PyNumberMethods, nb_float);
    FIELD(PyNumberMethods, nb_inplace_add);
    FIELD(PyNumberMethods, nb_inplace_subtract);
    FIELD(PyNumberMethods, nb_inplace_multiply);
    FIELD(PyNumberMethods, nb_inplace_remainder);
    FIELD(PyNumberMethods, nb_inplace_power);
    FIELD(PyNumberMethods, nb_inplace_lshift);
    FIELD(PyNumberMethods, nb_inplace_rshift);
    FIELD(PyNumberMethods, nb_inplace_and);
    FIELD(PyNumberMethods, nb_inplace_xor);
    FIELD(PyNumberMethods, nb_inplace_or);
    FIELD(PyNumberMethods, nb_floor_divide);
    FIELD(PyNumberMethods, nb_true_divide);
    FIELD(PyNumberMethods, nb_inplace_floor_divide);
    FIELD(PyNumberMethods, nb_inplace_true_divide);
    FIELD(PyNumberMethods, nb_index);
    FIELD(PyNumberMethods, nb_matrix_multiply);
    FIELD(PyNumberMethods, nb_inplace_matrix_multiply);

    SIZE(PySequenceMethods);
    FIELD(PySequenceMethods, sq_length);
    FIELD(PySequenceMethods, sq_concat);
    FIELD(PySequenceMethods, sq_repeat);
    FIELD(PySequenceMethods, sq_item);
    FIELD(PySequenceMethods, was_sq_slice);
    FIELD(PySequenceMethods, sq_ass_item);
    FIELD(PySequenceMethods, was_sq_ass_slice);
    FIELD(PySequenceMethods, sq_contains);
    FIELD(PySequenceMethods, sq_inplace_concat);
    FIELD(PySequenceMethods, sq_inplace_repeat);

    SIZE(PyMappingMethods);
    FIELD(PyMappingMethods, mp_length);
    FIELD(PyMappingMethods, mp_subscript);
    FIELD(PyMappingMethods, mp_ass_subscript);

    SIZE(PyAsyncMethods);
    FIELD(PyAsyncMethods, am_await);
    FIELD(PyAsyncMethods, am_aiter);
    FIELD(PyAsyncMethods, am_anext);
    FIELD(PyAsyncMethods, am_send);

    SIZE(PyBufferProcs);
    FIELD(PyBufferProcs, bf_getbuffer);
    FIELD(PyBufferProcs, bf_releasebuffer);

    SIZE(PyHeapTypeObject);
    FIELD(PyHeapTypeObject, ht_type);
    FIELD(PyHeapTypeObject, as_async);
    FIELD(PyHeapTypeObject, as_number);
    FIELD(PyHeapTypeObject, as_mapping);
    FIELD(PyHeapTypeObject, as_sequence);
    FIELD(PyHeapTypeObject, as_buffer);
    FIELD(PyHeapTypeObject, ht_name);
    FIELD(PyHeapTypeObject, ht_slots);
    FIELD(PyHeapTypeObject, ht_qualname);
    FIELD(PyHeapTypeObject, ht_cached_keys);
    FIELD(PyHeapTypeObject, ht_module);
    FIELD(PyHeapTypeObject, _ht_tpname);
    FIELD(PyHeapTypeObject, _spec_cache);

    SIZE(_Py_Identifier);
    FIELD(_Py_Identifier, string);
    FIELD(_Py_Identifier, index);

    SIZE(PyTupleObject);
    FIELD(PyTupleObject, ob_base);
    FIELD(PyTupleObject, ob_item);

    SIZE(PyListObject);
    FIELD(PyListObject, ob_base);
    FIELD(PyListObject, ob_item);
    FIELD(PyListObject, allocated);

    SIZE(PyBytesObject);
    FIELD(PyBytesObject, ob_base);
    FIELD(PyBytesObject, ob_shash);
    FIELD(PyBytesObject, ob_sval);

    SIZE(_PyBytesWriter);
    FIELD(_PyBytesWriter, buffer);
    FIELD(_PyBytesWriter, allocated);
    FIELD(_PyBytesWriter, min_size);
    FIELD(_PyBytesWriter, use_bytearray);
    FIELD(_PyBytesWriter, overallocate);
    FIELD(_PyBytesWriter, use_small_buffer);
    FIELD(_PyBytesWriter, small_buffer);

    SIZE(PyByteArrayObject);
    FIELD(PyByteArrayObject, ob_base);
    FIELD(PyByteArrayObject, ob_alloc);
    FIELD(PyByteArrayObject, ob_bytes);
    FIELD(PyByteArrayObject, ob_start);
    FIELD(PyByteArrayObject, ob_exports);

    SIZE(PyASCIIObject);
    FIELD(PyASCIIObject, ob_base);
    FIELD(PyASCIIObject, length);
    FIELD(PyASCIIObject, hash);
    FIELD(PyASCIIObject, state);
    FIELD(PyASCIIObject, wstr);

    SIZE(PyCompactUnicodeObject);
    FIELD(PyCompactUnicodeObject, _base);
    FIELD(PyCompactUnicodeObject, utf8_length);
    FIELD(PyCompactUnicodeObject, utf8);
    FIELD(PyCompactUnicodeObject, wstr_length);

    SIZE(PyUnicodeObject);
    FIELD(PyUnicodeObject, _base);
    FIELD(PyUnicodeObject, data);

    SIZE(_PyUnicodeWriter);
    FIELD(_PyUnicodeWriter, buffer);
    FIELD(_PyUnicodeWriter, data);
    FIELD(_PyUnicodeWriter, kind);
    FIELD(_PyUnicodeWriter, maxchar);
    FIELD(_PyUnicodeWriter, size);
    FIELD(_PyUnicodeWriter, pos);
    FIELD(_PyUnicodeWriter, min_length);
    FIELD(_PyUnicodeWriter, min_char);
    FIELD(_PyUnicodeWriter, overallocate);
    FIELD(_PyUnicodeWriter, readonly);

    SIZE(PyFloatObject);
    FIELD(PyFloatObject, ob_base);
    FIELD(PyFloatObject, ob_fval);

    SIZE(PyLongObject);
    FIELD(PyLongObject, ob_base);
    FIELD(PyLongObject, ob_digit);
    SIZE(digit);
    SIZE(sdigit);
    SIZE(twodigits);
    SIZE(stwodigits);

    SIZE(Py_complex);
    FIELD(Py_complex, real);
    FIELD(Py_complex, imag);

    SIZE(PyComplexObject);
    FIELD(PyComplexObject, ob_base);
    FIELD(PyComplexObject, cval);

    SIZE(PyDictObject);
    FIELD(PyDictObject, ob_base);
    FIELD(PyDictObject, ma_used);
    FIELD(PyDictObject, ma_version_tag);
    FIELD(PyDictObject, ma_keys);
    FIELD(PyDictObject, ma_values);

    SIZE(_PyDictViewObject);
    FIELD(_PyDictViewObject, ob_base);
    FIELD(_PyDictViewObject, dv_dict);

    SIZE(setentry);
    FIELD(setentry, key);
    FIELD(setentry, hash);

    SIZE(PySetObject);
    FIELD(PySetObject, ob_base);
    FIELD(PySetObject, fill);
    FIELD(PySetObject, used);
    FIELD(PySetObject, mask);
    FIELD(PySetObject, table);
    FIELD(PySetObject, hash);
    FIELD(PySetObject, finger);
    FIELD(PySetObject, smalltable);
    FIELD(PySetObject, weakreflist);

    SIZE(PySliceObject);
    FIELD(PySliceObject, ob_base);
    FIELD(PySliceObject, start);
    FIELD(PySliceObject, stop);
    FIELD(PySliceObject, step);

    SIZE(PyCellObject);
    FIELD(PyCellObject, ob_base);
    FIELD(PyCellObject, ob_ref);

    SIZE(PyCFunctionObject);
    FIELD(PyCFunctionObject, ob_base);
    FIELD(PyCFunctionObject, m_ml);
    FIELD(PyCFunctionObject, m_self);
    FIELD(PyCFunctionObject, m_module);
    FIELD(PyCFunctionObject, m_weakreflist);
    FIELD(PyCFunctionObject, vectorcall);

    SIZE(PyCMethodObject);
    FIELD(PyCMethodObject, func);
    FIELD(PyCMethodObject, mm_class);

    SIZE(PyMethodObject);
    FIELD(PyMethodObject, ob_base);
    FIELD(PyMethodObject, im_func);
    FIELD(PyMethodObject, im_self);
    FIELD(PyMethodObject, im_weakreflist);
    FIELD(PyMethodObject, vectorcall);

    SIZE(PyInstanceMethodObject);
    FIELD(PyInstanceMethodObject, ob_base);
    FIELD(PyInstanceMethodObject, func);

    SIZE(PyFrameConstructor);
    FIELD(PyFrameConstructor, fc_globals);
    FIELD(PyFrameConstructor, fc_builtins);
    FIELD(PyFrameConstructor, fc_name);
    FIELD(PyFrameConstructor, fc_qualname);
    FIELD(PyFrameConstructor, fc_code);
    FIELD(PyFrameConstructor, fc_defaults);
    FIELD(PyFrameConstructor, fc_kwdefaults);
    FIELD(PyFrameConstructor, fc_closure);

    SIZE(PyFunctionObject);
    FIELD(PyFunctionObject, ob_base);
    FIELD(PyFunctionObject, func_globals);
    FIELD(PyFunctionObject, func_builtins);
    FIELD(PyFunctionObject, func_name);
    FIELD(PyFunctionObject, func_qualname);
    FIELD(PyFunctionObject, func_code);
    FIELD(PyFunctionObject, func_defaults);
    FIELD(PyFunctionObject, func_kwdefaults);
    FIELD(PyFunctionObject, func_closure);
    FIELD(PyFunctionObject, func_doc);
    FIELD(PyFunctionObject, func_dict);
    FIELD(PyFunctionObject, func_weakreflist);
    FIELD(PyFunctionObject, func_module);
    FIELD(PyFunctionObject, func_annotations);
    FIELD(PyFunctionObject, vectorcall);
    FIELD(PyFunctionObject, func_version);

    SIZE(PyCodeObject);
    FIELD(PyCodeObject, ob_base);
    FIELD(PyCodeObject, co_consts);
    FIELD(PyCodeObject, co_names);
    FIELD(PyCodeObject, co_exceptiontable);
    FIELD(PyCodeObject, co_flags);
    FIELD(PyCodeObject, co_warmup);
    FIELD(PyCodeObject, _co_linearray_entry_size);
    FIELD(PyCodeObject, co_argcount);
    FIELD(PyCodeObject, co_posonlyargcount);
    FIELD(PyCodeObject, co_kwonlyargcount);
    FIELD(PyCodeObject, co_stacksize);
    FIELD(PyCodeObject, co_firstlineno);
    FIELD(PyCodeObject, co_nlocalsplus);
    FIELD(PyCodeObject, co_nlocals);
    FIELD(PyCodeObject, co_nplaincellvars);
    FIELD(PyCodeObject, co_ncellvars);
    FIELD(PyCodeObject, co_nfreevars);
    FIELD(PyCodeObject, co_localsplusnames);
    FIELD(PyCodeObject, co_localspluskinds);
    FIELD(PyCodeObject, co_filename);
    FIELD(PyCodeObject, co_name);
    FIELD(PyCodeObject, co_qualname);
    FIELD(PyCodeObject, co_linetable);
    FIELD(PyCodeObject, co_weakreflist);
    FIELD(PyCodeObject, _co_code);
    FIELD(PyCodeObject, _co_linearray);
    FIELD(PyCodeObject, _co_firsttraceable);
    FIELD(PyCodeObject, co_extra);
    FIELD(PyCodeObject, co_code_adaptive);

    SIZE(PyCodeAddressRange);
    FIELD(PyCodeAddressRange, ar_start);
    FIELD(PyCodeAddressRange, ar_end);
    FIELD(PyCodeAddressRange, ar_line);
    FIELD(PyCodeAddressRange, opaque);

    SIZE(PyGenObject);
    FIELD(PyGenObject, ob_base);
    FIELD(PyGenObject, gi_code);
    FIELD(PyGenObject, gi_weakreflist);
    FIELD(PyGenObject, gi_name);
    FIELD(PyGenObject, gi_qualname);
    FIELD(PyGenObject, gi_exc_state);
    FIELD(PyGenObject, gi_origin_or_finalizer);
    FIELD(PyGenObject, gi_hooks_inited);
    FIELD(PyGenObject, gi_closed);
    FIELD(PyGenObject, gi_running_async);
    FIELD(PyGenObject, gi_frame_state);
    FIELD(PyGenObject, gi_iframe);
    SIZE(PyCoroObject);
    FIELD(PyCoroObject, cr_code);
    FIELD(PyCoroObject, cr_frame_state);
    FIELD(PyCoroObject, cr_iframe);
    SIZE(PyAsyncGenObject);
    FIELD(PyAsyncGenObject, ag_code);
    FIELD(PyAsyncGenObject, ag_frame_state);
    FIELD(PyAsyncGenObject, ag_iframe);

    SIZE(PyTracebackObject);
    FIELD(PyTracebackObject, ob_base);
    FIELD(PyTracebackObject, tb_next);
    FIELD(PyTracebackObject, tb_frame);
    FIELD(PyTracebackObject, tb_lasti);
    FIELD(PyTracebackObject, tb_lineno);

    SIZE(PyWeakReference);
    FIELD(PyWeakReference, ob_base);
    FIELD(PyWeakReference, wr_object);
    FIELD(PyWeakReference, wr_callback);
    FIELD(PyWeakReference, hash);
    FIELD(PyWeakReference, wr_prev);
    FIELD(PyWeakReference, wr_next);
    FIELD(PyWeakReference, vectorcall);

    SIZE(struct wrapperbase);
    FIELD(struct wrapperbase, name);
    FIELD(struct wrapperbase, offset);
    FIELD(struct wrapperbase, function);
    FIELD(struct wrapperbase, wrapper);
    FIELD(struct wrapperbase, doc);
    FIELD(struct wrapperbase, flags);
    FIELD(struct wrapperbase, name_strobj);

    SIZE(PyDescrObject);
    FIELD(PyDescrObject, ob_base);
    FIELD(PyDescrObject, d_type);
    FIELD(PyDescrObject, d_name);
    FIELD(PyDescrObject, d_qualname);
    SIZE(PyMethodDescrObject);
    FIELD(PyMethodDescrObject, d_common);
    FIELD(PyMethodDescrObject, d_method);
    FIELD(PyMethodDescrObject, vectorcall);
    SIZE(PyMemberDescrObject);
    FIELD(PyMemberDescrObject, d_member);
    SIZE(PyGetSetDescrObject);
    FIELD(PyGetSetDescrObject, d_getset);
    SIZE(PyWrapperDescrObject);
    FIELD(PyWrapperDescrObject, d_base);
    FIELD(PyWrapperDescrObject, d_wrapped);

    SIZE(_PyManagedBufferObject);
    FIELD(_PyManagedBufferObject, ob_base);
    FIELD(_PyManagedBufferObject, flags);
    FIELD(_PyManagedBufferObject, exports);
    FIELD(_PyManagedBufferObject, master);

    SIZE(PyMemoryViewObject);
    FIELD(PyMemoryViewObject, ob_base);
    FIELD(PyMemoryViewObject, mbuf);
    FIELD(PyMemoryViewObject, hash);
    FIELD(PyMemoryViewObject, flags);
    FIELD(PyMemoryViewObject, exports);
    FIELD(PyMemoryViewObject, view);
    FIELD(PyMemoryViewObject, weakreflist);
    FIELD(PyMemoryViewObject, ob_array);

    /* Exceptions. */
    SIZE(PyBaseExceptionObject);
    FIELD(PyBaseExceptionObject, ob_base);
    FIELD(PyBaseExceptionObject, dict);
    FIELD(PyBaseExceptionObject, args);
    FIELD(PyBaseExceptionObject, notes);
    FIELD(PyBaseExceptionObject, traceback);
    FIELD(PyBaseExceptionObject, context);
    FIELD(PyBaseExceptionObject, cause);
    FIELD(PyBaseExceptionObject, suppress_context);
    SIZE(PyBaseExceptionGroupObject);
    FIELD(PyBaseExceptionGroupObject, msg);
    FIELD(PyBaseExceptionGroupObject, excs);
    SIZE(PySyntaxErrorObject);
    FIELD(PySyntaxErrorObject, msg);
    FIELD(PySyntaxErrorObject, filename);
    FIELD(PySyntaxErrorObject, lineno);
    FIELD(PySyntaxErrorObject, offset);
    FIELD(PySyntaxErrorObject, end_lineno);
    FIELD(PySyntaxErrorObject, end_offset);
    FIELD(PySyntaxErrorObject, text);
    FIELD(PySyntaxErrorObject, print_file_and_line);
    SIZE(PyImportErrorObject);
    FIELD(PyImportErrorObject, msg);
    FIELD(PyImportErrorObject, name);
    FIELD(PyImportErrorObject, path);
    SIZE(PyUnicodeErrorObject);
    FIELD(PyUnicodeErrorObject, encoding);
    FIELD(PyUnicodeErrorObject, object);
    FIELD(PyUnicodeErrorObject, start);
    FIELD(PyUnicodeErrorObject, end);
    FIELD(PyUnicodeErrorObject, reason);
    SIZE(PySystemExitObject);
    FIELD(PySystemExitObject, code);
    SIZE(PyOSErrorObject);
    FIELD(PyOSErrorObject, myerrno);
    FIELD(PyOSErrorObject, strerror);
    FIELD(PyOSErrorObject, filename);
    FIELD(PyOSErrorObject, filename2);
    FIELD(PyOSErrorObject, written);
    SIZE(PyStopIterationObject);
    FIELD(PyStopIterationObject, value);
    SIZE(PyNameErrorObject);
    FIELD(PyNameErrorObject, name);
    SIZE(PyAttributeErrorObject);
    FIELD(PyAttributeErrorObject, obj);
    FIELD(PyAttributeErrorObject, name);

    /* Thread state. */
    SIZE(PyThreadState);
    FIELD(PyThreadState, prev);
    FIELD(PyThreadState, next);
    FIELD(PyThreadState, interp);
    FIELD(PyThreadState, _initialized);
    FIELD(PyThreadState, _static);
    FIELD(PyThreadState, recursion_remaining);
    FIELD(PyThreadState, recursion_limit);
    FIELD(PyThreadState, recursion_headroom);
    FIELD(PyThreadState, tracing);
    FIELD(PyThreadState, tracing_what);
    FIELD(PyThreadState, cframe);
    FIELD(PyThreadState, c_profilefunc);
    FIELD(PyThreadState, c_tracefunc);
    FIELD(PyThreadState, c_profileobj);
    FIELD(PyThreadState, c_traceobj);
    FIELD(PyThreadState, curexc_type);
    FIELD(PyThreadState, curexc_value);
    FIELD(PyThreadState, curexc_traceback);
    FIELD(PyThreadState, exc_info);
    FIELD(PyThreadState, dict);
    FIELD(PyThreadState, gilstate_counter);
    FIELD(PyThreadState, async_exc);
    FIELD(PyThreadState, thread_id);
    FIELD(PyThreadState, native_thread_id);
    FIELD(PyThreadState, trash_delete_nesting);
    FIELD(PyThreadState, trash_delete_later);
    FIELD(PyThreadState, on_delete);
    FIELD(PyThreadState, on_delete_data);
    FIELD(PyThreadState, coroutine_origin_tracking_depth);
    FIELD(PyThreadState, async_gen_firstiter);
    FIELD(PyThreadState, async_gen_finalizer);
    FIELD(PyThreadState, context);
    FIELD(PyThreadState, context_ver);
    FIELD(PyThreadState, id);
    FIELD(PyThreadState, trace_info);
    FIELD(PyThreadState, datastack_chunk);
    FIELD(PyThreadState, datastack_top);
    FIELD(PyThreadState, datastack_limit);
    FIELD(PyThreadState, exc_state);
    FIELD(PyThreadState, root_cframe);

    SIZE(_PyCFrame);
    FIELD(_PyCFrame, use_tracing);
    FIELD(_PyCFrame, current_frame);
    FIELD(_PyCFrame, previous);

    SIZE(_PyErr_StackItem);
    FIELD(_PyErr_StackItem, exc_value);
    FIELD(_PyErr_StackItem, previous_item);

    SIZE(_PyStackChunk);
    FIELD(_PyStackChunk, previous);
    FIELD(_PyStackChunk, size);
    FIELD(_PyStackChunk, top);
    FIELD(_PyStackChunk, data);

    SIZE(PyTraceInfo);
    FIELD(PyTraceInfo, code);
    FIELD(PyTraceInfo, bounds);

    SIZE(_PyCrossInterpreterData);
    FIELD(_PyCrossInterpreterData, data);
    FIELD(_PyCrossInterpreterData, obj);
    FIELD(_PyCrossInterpreterData, interp);
    FIELD(_PyCrossInterpreterData, new_object);
    FIELD(_PyCrossInterpreterData, free);

    SIZE(Py_tss_t);
    FIELD(Py_tss_t, _is_initialized);
    FIELD(Py_tss_t, _key);

    /* Argument parsing. */
    SIZE(_PyArg_Parser);
    FIELD(_PyArg_Parser, format);
    FIELD(_PyArg_Parser, keywords);
    FIELD(_PyArg_Parser, fname);
    FIELD(_PyArg_Parser, custom_msg);
    FIELD(_PyArg_Parser, pos);
    FIELD(_PyArg_Parser, min);
    FIELD(_PyArg_Parser, max);
    FIELD(_PyArg_Parser, kwtuple);
    FIELD(_PyArg_Parser, next);

    /* Configuration. */
    SIZE(PyStatus);
    FIELD(PyStatus, _type);
    FIELD(PyStatus, func);
    FIELD(PyStatus, err_msg);
    FIELD(PyStatus, exitcode);
    SIZE(PyWideStringList);
    FIELD(PyWideStringList, length);
    FIELD(PyWideStringList, items);
    SIZE(PyPreConfig);
    FIELD(PyPreConfig, _config_init);
    FIELD(PyPreConfig, parse_argv);
    FIELD(PyPreConfig, isolated);
    FIELD(PyPreConfig, use_environment);
    FIELD(PyPreConfig, configure_locale);
    FIELD(PyPreConfig, coerce_c_locale);
    FIELD(PyPreConfig, coerce_c_locale_warn);
    FIELD(PyPreConfig, utf8_mode);
    FIELD(PyPreConfig, dev_mode);
    FIELD(PyPreConfig, allocator);
    SIZE(PyConfig);
    FIELD(PyConfig, _config_init);
    FIELD(PyConfig, isolated);
    FIELD(PyConfig, use_environment);
    FIELD(PyConfig, dev_mode);
    FIELD(PyConfig, install_signal_handlers);
    FIELD(PyConfig, use_hash_seed);
    FIELD(PyConfig, hash_seed);
    FIELD(PyConfig, faulthandler);
    FIELD(PyConfig, tracemalloc);
    FIELD(PyConfig, import_time);
    FIELD(PyConfig, code_debug_ranges);
    FIELD(PyConfig, show_ref_count);
    FIELD(PyConfig, dump_refs);
    FIELD(PyConfig, dump_refs_file);
    FIELD(PyConfig, malloc_stats);
    FIELD(PyConfig, filesystem_encoding);
    FIELD(PyConfig, filesystem_errors);
    FIELD(PyConfig, pycache_prefix);
    FIELD(PyConfig, parse_argv);
    FIELD(PyConfig, orig_argv);
    FIELD(PyConfig, argv);
    FIELD(PyConfig, xoptions);
    FIELD(PyConfig, warnoptions);
    FIELD(PyConfig, site_import);
    FIELD(PyConfig, bytes_warning);
    FIELD(PyConfig, warn_default_encoding);
    FIELD(PyConfig, inspect);
    FIELD(PyConfig, interactive);
    FIELD(PyConfig, optimization_level);
    FIELD(PyConfig, parser_debug);
    FIELD(PyConfig, write_bytecode);
    FIELD(PyConfig, verbose);
    FIELD(PyConfig, quiet);
    FIELD(PyConfig, user_site_directory);
    FIELD(PyConfig, configure_c_stdio);
    FIELD(PyConfig, buffered_stdio);
    FIELD(PyConfig, stdio_encoding);
    FIELD(PyConfig, stdio_errors);
    FIELD(PyConfig, check_hash_pycs_mode);
    FIELD(PyConfig, use_frozen_modules);
    FIELD(PyConfig, safe_path);
    FIELD(PyConfig, pathconfig_warnings);
    FIELD(PyConfig, program_name);
    FIELD(PyConfig, pythonpath_env);
    FIELD(PyConfig, home);
    FIELD(PyConfig, platlibdir);
    FIELD(PyConfig, module_search_paths_set);
    FIELD(PyConfig, module_search_paths);
    FIELD(PyConfig, stdlib_dir);
    FIELD(PyConfig, executable);
    FIELD(PyConfig, base_executable);
    FIELD(PyConfig, prefix);
    FIELD(PyConfig, base_prefix);
    FIELD(PyConfig, exec_prefix);
    FIELD(PyConfig, base_exec_prefix);
    FIELD(PyConfig, skip_source_first_line);
    FIELD(PyConfig, run_command);
    FIELD(PyConfig, run_module);
    FIELD(PyConfig, run_filename);
    FIELD(PyConfig, _install_importlib);
    FIELD(PyConfig, _init_main);
    FIELD(PyConfig, _isolated_interpreter);
    FIELD(PyConfig, _is_python_build);

    SIZE(PyCompilerFlags);
    FIELD(PyCompilerFlags, cf_flags);
    FIELD(PyCompilerFlags, cf_feature_version);
    SIZE(PyFutureFeatures);
    FIELD(PyFutureFeatures, ff_features);
    FIELD(PyFutureFeatures, ff_lineno);

    /* Memory. */
    SIZE(PyMemAllocatorEx);
    FIELD(PyMemAllocatorEx, ctx);
    FIELD(PyMemAllocatorEx, malloc);
    FIELD(PyMemAllocatorEx, calloc);
    FIELD(PyMemAllocatorEx, realloc);
    FIELD(PyMemAllocatorEx, free);
    SIZE(PyObjectArenaAllocator);
    FIELD(PyObjectArenaAllocator, ctx);
    FIELD(PyObjectArenaAllocator, alloc);
    FIELD(PyObjectArenaAllocator, free);
    SIZE(PyMemAllocatorDomain);
    SIZE(PyMemAllocatorName);

    /* Hashing. */
    SIZE(_Py_HashSecret_t);
    FIELD(_Py_HashSecret_t, uc);
    FIELD(_Py_HashSecret_t, fnv.prefix);
    FIELD(_Py_HashSecret_t, fnv.suffix);
    FIELD(_Py_HashSecret_t, siphash.k0);
    FIELD(_Py_HashSecret_t, siphash.k1);
    FIELD(_Py_HashSecret_t, djbx33a.suffix);
    FIELD(_Py_HashSecret_t, expat.hashsalt);
    SIZE(PyHash_FuncDef);
    FIELD(PyHash_FuncDef, hash);
    FIELD(PyHash_FuncDef, name);
    FIELD(PyHash_FuncDef, hash_bits);
    FIELD(PyHash_FuncDef, seed_bits);

    /* Import tables. */
    SIZE(struct _inittab);
    FIELD(struct _inittab, name);
    FIELD(struct _inittab, initfunc);
    SIZE(struct _frozen);
    FIELD(struct _frozen, name);
    FIELD(struct _frozen, code);
    FIELD(struct _frozen, size);
    FIELD(struct _frozen, is_package);
    FIELD(struct _frozen, get_code);

    SIZE(_Py_clock_info_t);
    FIELD(_Py_clock_info_t, implementation);
    FIELD(_Py_clock_info_t, monotonic);
    FIELD(_Py_clock_info_t, adjustable);
    FIELD(_Py_clock_info_t, resolution);
    SIZE(_PyTime_t);

    /* datetime. */
    SIZE(PyDateTime_Delta);
    FIELD(PyDateTime_Delta, hashcode);
    FIELD(PyDateTime_Delta, days);
    FIELD(PyDateTime_Delta, seconds);
    FIELD(PyDateTime_Delta, microseconds);
    SIZE(PyDateTime_TZInfo);
    SIZE(_PyDateTime_BaseTZInfo);
    FIELD(_PyDateTime_BaseTZInfo, hashcode);
    FIELD(_PyDateTime_BaseTZInfo, hastzinfo);
    SIZE(_PyDateTime_BaseTime);
    FIELD(_PyDateTime_BaseTime, data);
    SIZE(PyDateTime_Time);
    FIELD(PyDateTime_Time, data);
    FIELD(PyDateTime_Time, fold);
    FIELD(PyDateTime_Time, tzinfo);
    SIZE(PyDateTime_Date);
    FIELD(PyDateTime_Date, data);
    SIZE(_PyDateTime_BaseDateTime);
    FIELD(_PyDateTime_BaseDateTime, data);
    SIZE(PyDateTime_DateTime);
    FIELD(PyDateTime_DateTime, data);
    FIELD(PyDateTime_DateTime, fold);
    FIELD(PyDateTime_DateTime, tzinfo);
    SIZE(PyDateTime_CAPI);
    FIELD(PyDateTime_CAPI, DateType);
    FIELD(PyDateTime_CAPI, DateTimeType);
    FIELD(PyDateTime_CAPI, TimeType);
    FIELD(PyDateTime_CAPI, DeltaType);
    FIELD(PyDateTime_CAPI, TZInfoType);
    FIELD(PyDateTime_CAPI, TimeZone_UTC);
    FIELD(PyDateTime_CAPI, Date_FromDate);
    FIELD(PyDateTime_CAPI, DateTime_FromDateAndTime);
    FIELD(PyDateTime_CAPI, Time_FromTime);
    FIELD(PyDateTime_CAPI, Delta_FromDelta);
    FIELD(PyDateTime_CAPI, TimeZone_FromTimeZone);
    FIELD(PyDateTime_CAPI, DateTime_FromTimestamp);
    FIELD(PyDateTime_CAPI, Date_FromTimestamp);
    FIELD(PyDateTime_CAPI, DateTime_FromDateAndTimeAndFold);
    FIELD(PyDateTime_CAPI, Time_FromTimeAndFold);
}

/* Where each bit-field of PyASCIIObject.state lives. */
static void unicode_state_bits(void) {
    PyASCIIObject o;
    unsigned char *p = (unsigned char *)&o.state;
    unsigned int i;
#define STATE_BIT(field, value) \
    memset(&o, 0, sizeof o); \
    o.state.field = value; \
    printf("bits state.%s", #field); \
    for (i = 0; i < sizeof o.state; i++) printf(" %02x", p[i]); \
    printf("\n")
    STATE_BIT(interned, 3);
    STATE_BIT(kind, 7);
    STATE_BIT(compact, 1);
    STATE_BIT(ascii, 1);
    STATE_BIT(ready, 1);
#undef STATE_BIT
    printf("size state %zu\n", sizeof o.state);
}

static void full_constants(void) {
    UCONST(Py_TPFLAGS_MANAGED_DICT);
    UCONST(Py_TPFLAGS_SEQUENCE);
    UCONST(Py_TPFLAGS_MAPPING);
    UCONST(Py_TPFLAGS_HAVE_VECTORCALL);
    UCONST(PY_VECTORCALL_ARGUMENTS_OFFSET);
    CONST(_PY_FASTCALL_SMALL_STACK);
    CONST(PyBUF_WRITEABLE);
    CONST(_Py_mod_LAST_SLOT);
    CONST(PyTrace_CALL);
    CONST(PyTrace_EXCEPTION);
    CONST(PyTrace_LINE);
    CONST(PyTrace_RETURN);
    CONST(PyTrace_C_CALL);
    CONST(PyTrace_C_EXCEPTION);
    CONST(PyTrace_C_RETURN);
    CONST(PyTrace_OPCODE);
    CONST(SSTATE_NOT_INTERNED);
    CONST(SSTATE_INTERNED_MORTAL);
    CONST(SSTATE_INTERNED_IMMORTAL);
    CONST(PyUnicode_WCHAR_KIND);
    CONST(PyUnicode_1BYTE_KIND);
    CONST(PyUnicode_2BYTE_KIND);
    CONST(PyUnicode_4BYTE_KIND);
    CONST(PyLong_SHIFT);
    UCONST(PyLong_BASE);
    UCONST(PyLong_MASK);
    CONST(_PyLong_DECIMAL_SHIFT);
    UCONST(_PyLong_DECIMAL_BASE);
    CONST(PySet_MINSIZE);
    CONST(CO_OPTIMIZED);
    CONST(CO_NEWLOCALS);
    CONST(CO_VARARGS);
    CONST(CO_VARKEYWORDS);
    CONST(CO_NESTED);
    CONST(CO_GENERATOR);
    CONST(CO_COROUTINE);
    CONST(CO_ITERABLE_COROUTINE);
    CONST(CO_ASYNC_GENERATOR);
    CONST(CO_FUTURE_DIVISION);
    CONST(CO_FUTURE_ABSOLUTE_IMPORT);
    CONST(CO_FUTURE_WITH_STATEMENT);
    CONST(CO_FUTURE_PRINT_FUNCTION);
    CONST(CO_FUTURE_UNICODE_LITERALS);
    CONST(CO_FUTURE_BARRY_AS_BDFL);
    CONST(CO_FUTURE_GENERATOR_STOP);
    CONST(CO_FUTURE_ANNOTATIONS);
    CONST(CO_MAXBLOCKS);
    CONST(PyCF_MASK);
    CONST(PyCF_MASK_OBSOLETE);
    CONST(PyCF_SOURCE_IS_UTF8);
    CONST(PyCF_DONT_IMPLY_DEDENT);
    CONST(PyCF_ONLY_AST);
    CONST(PyCF_IGNORE_COOKIE);
    CONST(PyCF_TYPE_COMMENTS);
    CONST(PyCF_ALLOW_TOP_LEVEL_AWAIT);
    CONST(PyCF_ALLOW_INCOMPLETE_INPUT);
    CONST(PyCF_COMPILE_MASK);
    CONST(PY_INVALID_STACK_EFFECT);
    CONST(PY_CODE_LOCATION_INFO_SHORT0);
    CONST(PY_CODE_LOCATION_INFO_ONE_LINE0);
    CONST(PY_CODE_LOCATION_INFO_ONE_LINE1);
    CONST(PY_CODE_LOCATION_INFO_ONE_LINE2);
    CONST(PY_CODE_LOCATION_INFO_NO_COLUMNS);
    CONST(PY_CODE_LOCATION_INFO_LONG);
    CONST(PY_CODE_LOCATION_INFO_NONE);
    CONST(PY_ITERSEARCH_COUNT);
    CONST(PY_ITERSEARCH_INDEX);
    CONST(PY_ITERSEARCH_CONTAINS);
    CONST(PyWrapperFlag_KEYWORDS);
    CONST(_Py_MANAGED_BUFFER_RELEASED);
    CONST(_Py_MANAGED_BUFFER_FREE_FORMAT);
    CONST(_Py_MEMORYVIEW_RELEASED);
    CONST(_Py_MEMORYVIEW_C);
    CONST(_Py_MEMORYVIEW_FORTRAN);
    CONST(_Py_MEMORYVIEW_SCALAR);
    CONST(_Py_MEMORYVIEW_PIL);
    CONST(PYMEM_DOMAIN_RAW);
    CONST(PYMEM_DOMAIN_MEM);
    CONST(PYMEM_DOMAIN_OBJ);
    CONST(PYMEM_ALLOCATOR_NOT_SET);
    CONST(PYMEM_ALLOCATOR_DEFAULT);
    CONST(PYMEM_ALLOCATOR_DEBUG);
    CONST(PYMEM_ALLOCATOR_MALLOC);
    CONST(PYMEM_ALLOCATOR_MALLOC_DEBUG);
    CONST(PYMEM_ALLOCATOR_PYMALLOC);
    CONST(PYMEM_ALLOCATOR_PYMALLOC_DEBUG);
    CONST(_PyTime_ROUND_FLOOR);
    CONST(_PyTime_ROUND_CEILING);
    CONST(_PyTime_ROUND_HALF_EVEN);
    CONST(_PyTime_ROUND_UP);
    CONST(_PyTime_ROUND_TIMEOUT);
    CONST(_PyTime_MIN);
    CONST(_PyTime_MAX);
    CONST(PY_CTF_LOWER);
    CONST(PY_CTF_UPPER);
    CONST(PY_CTF_ALPHA);
    CONST(PY_CTF_DIGIT);
    CONST(PY_CTF_ALNUM);
    CONST(PY_CTF_SPACE);
    CONST(PY_CTF_XDIGIT);
    UCONST(PYTHREAD_INVALID_THREAD_ID);
    CONST(Py_MARSHAL_VERSION);
    CONST(E_OK);
    CONST(E_EOF);
    CONST(E_INTR);
    CONST(E_TOKEN);
    CONST(E_SYNTAX);
    CONST(E_NOMEM);
    CONST(E_DONE);
    CONST(E_ERROR);
    CONST(E_TABSPACE);
    CONST(E_OVERFLOW);
    CONST(E_TOODEEP);
    CONST(E_DEDENT);
    CONST(E_DECODE);
    CONST(E_EOFS);
    CONST(E_EOLS);
    CONST(E_LINECONT);
    CONST(E_BADSINGLE);
    CONST(E_INTERACT_STOP);
#ifdef E_COLUMNOVERFLOW  /* not in every 3.11 bug-fix release */
    printf("release E_COLUMNOVERFLOW %d\n", E_COLUMNOVERFLOW);
#endif
    CONST(SEP);
    CONST(DELIM);
    CONST(MAXPATHLEN);
    CONST(_PyDateTime_DATE_DATASIZE);
    CONST(_PyDateTime_TIME_DATASIZE);
    CONST(_PyDateTime_DATETIME_DATASIZE);
    SCONST(PyDateTime_CAPSULE_NAME);
    SCONST(FUTURE_NESTED_SCOPES);
    SCONST(FUTURE_GENERATORS);
    SCONST(FUTURE_DIVISION);
    SCONST(FUTURE_ABSOLUTE_IMPORT);
    SCONST(FUTURE_WITH_STATEMENT);
    SCONST(FUTURE_PRINT_FUNCTION);
    SCONST(FUTURE_UNICODE_LITERALS);
    SCONST(FUTURE_BARRY_AS_BDFL);
    SCONST(FUTURE_GENERATOR_STOP);
    SCONST(FUTURE_ANNOTATIONS);
}

/* Accessors on hand-built objects of each kind. */
static void full_behaviour(void) {
    static PyTypeObject type_a, type_b;
    char buf[256];

    /* Type checks go through tp_flags. */
    memset(&type_a, 0, sizeof type_a);
    type_a.tp_flags = Py_TPFLAGS_LONG_SUBCLASS | Py_TPFLAGS_TUPLE_SUBCLASS;
    {
        PyObject o = {_PyObject_EXTRA_INIT 1, &type_a};
        CHECK("PyLong_Check", PyLong_Check(&o));
        CHECK("PyTuple_Check", PyTuple_Check(&o));
        CHECK("PyList_Check", PyList_Check(&o));
        CHECK("PyUnicode_Check", PyUnicode_Check(&o));
        CHECK("PyDict_Check", PyDict_Check(&o));
        CHECK("PyBytes_Check", PyBytes_Check(&o));
        CHECK("PyType_Check", PyType_Check(&o));
        CHECK("PyExceptionInstance_Check", PyExceptionInstance_Check(&o));
        CHECK("PyLong_CheckExact", PyLong_CheckExact(&o));
        CHECK("PyType_HasFeature", PyType_HasFeature(&type_a, Py_TPFLAGS_LONG_SUBCLASS));
        CHECK("PyType_IS_GC", PyType_IS_GC(&type_a));
        CHECK("PyObject_TypeCheck_exact", PyObject_TypeCheck(&o, &type_a));
        CHECK("PyObject_TypeCheck_other", PyObject_TypeCheck(&o, &type_b));
    }

    /* Tuples and lists. */
    {
        struct { PyTupleObject t; PyObject *more[2]; } tup;
        PyObject *items[3];
        PyListObject list;
        PyObject a = {_PyObject_EXTRA_INIT 1, &type_b};
        PyObject b = {_PyObject_EXTRA_INIT 1, &type_b};
        memset(&tup, 0, sizeof tup);
        Py_SET_SIZE(&tup.t, 3);
        PyTuple_SET_ITEM((PyObject *)&tup, 2, &b);
        CHECK("PyTuple_GET_SIZE", PyTuple_GET_SIZE((PyObject *)&tup));
        CHECK("PyTuple_GET_ITEM", PyTuple_GET_ITEM((PyObject *)&tup, 2) == &b);
        CHECK("PyTuple_item_offset", (char *)&tup.t.ob_item[2] - (char *)&tup);
        memset(&list, 0, sizeof list);
        items[0] = &a; items[1] = &b; items[2] = NULL;
        list.ob_item = items;
        list.allocated = 3;
        Py_SET_SIZE(&list, 2);
        PyList_SET_ITEM((PyObject *)&list, 0, &b);
        CHECK("PyList_GET_SIZE", PyList_GET_SIZE((PyObject *)&list));
        CHECK("PyList_GET_ITEM", PyList_GET_ITEM((PyObject *)&list, 0) == &b);
        CHECK("PyList_SET_ITEM", items[0] == &b);
    }

    /* bytes, bytearray, float, complex, dict, set, cell. */
    {
        union { PyBytesObject b; char raw[64]; } by;
        PyByteArrayObject ba;
        PyFloatObject f;
        PyDictObject d;
        PySetObject s;
        PyCellObject c;
        memset(&by, 0, sizeof by);
        Py_SET_SIZE(&by.b, 5);
        memcpy(by.b.ob_sval, "hello", 6);
        CHECK("PyBytes_AS_STRING_offset", PyBytes_AS_STRING((PyObject *)&by) - by.raw);
        CHECK("PyBytes_GET_SIZE", PyBytes_GET_SIZE((PyObject *)&by));
        memset(&ba, 0, sizeof ba);
        ba.ob_start = buf + 3;
        Py_SET_SIZE(&ba, 7);
        CHECK("PyByteArray_AS_STRING", PyByteArray_AS_STRING((PyObject *)&ba) - buf);
        CHECK("PyByteArray_GET_SIZE", PyByteArray_GET_SIZE((PyObject *)&ba));
        memset(&f, 0, sizeof f);
        f.ob_fval = 2.5;
        CHECK("PyFloat_AS_DOUBLE_x2", (long long)(PyFloat_AS_DOUBLE(&f) * 2));
        memset(&d, 0, sizeof d);
        d.ma_used = 11;
        CHECK("PyDict_GET_SIZE", PyDict_GET_SIZE((PyObject *)&d));
        memset(&s, 0, sizeof s);
        s.used = 4;
        CHECK("PySet_GET_SIZE", PySet_GET_SIZE(&s));
        memset(&c, 0, sizeof c);
        c.ob_ref = (PyObject *)&d;
        CHECK("PyCell_GET", PyCell_GET(&c) == (PyObject *)&d);
    }

    /* PEP 393 strings: compact ASCII, compact UCS2, legacy UCS4. */
    {
        union { PyASCIIObject a; char raw[128]; } s1;
        union { PyCompactUnicodeObject c; char raw[128]; } s2;
        PyUnicodeObject s3;
        Py_UCS4 data4[3] = {0x1F600, 0x41, 0x10FFFF};
        Py_UCS2 *d2;
        memset(&s1, 0, sizeof s1);
        s1.a.length = 3;
        s1.a.state.kind = PyUnicode_1BYTE_KIND;
        s1.a.state.compact = 1;
        s1.a.state.ascii = 1;
        s1.a.state.ready = 1;
        memcpy(s1.raw + sizeof(PyASCIIObject), "xyz", 4);
        CHECK("ascii_DATA_offset", (char *)PyUnicode_DATA((PyObject *)&s1) - s1.raw);
        CHECK("ascii_KIND", PyUnicode_KIND((PyObject *)&s1));
        CHECK("ascii_GET_LENGTH", PyUnicode_GET_LENGTH((PyObject *)&s1));
        CHECK("ascii_READ_CHAR", PyUnicode_READ_CHAR((PyObject *)&s1, 1));
        CHECK("ascii_IS_ASCII", PyUnicode_IS_ASCII((PyObject *)&s1));
        CHECK("ascii_IS_COMPACT_ASCII", PyUnicode_IS_COMPACT_ASCII((PyObject *)&s1));
        CHECK("ascii_MAX_CHAR", PyUnicode_MAX_CHAR_VALUE((PyObject *)&s1));
        memset(&s2, 0, sizeof s2);
        s2.c._base.length = 2;
        s2.c._base.state.kind = PyUnicode_2BYTE_KIND;
        s2.c._base.state.compact = 1;
        s2.c._base.state.ready = 1;
        d2 = (Py_UCS2 *)(s2.raw + sizeof(PyCompactUnicodeObject));
        d2[0] = 0x3b1;
        d2[1] = 0x3b2;
        CHECK("ucs2_DATA_offset", (char *)PyUnicode_DATA((PyObject *)&s2) - s2.raw);
        CHECK("ucs2_KIND", PyUnicode_KIND((PyObject *)&s2));
        CHECK("ucs2_READ_CHAR", PyUnicode_READ_CHAR((PyObject *)&s2, 1));
        CHECK("ucs2_READ", PyUnicode_READ(PyUnicode_KIND((PyObject *)&s2),
                                          PyUnicode_DATA((PyObject *)&s2), 0));
        CHECK("ucs2_MAX_CHAR", PyUnicode_MAX_CHAR_VALUE((PyObject *)&s2));
        PyUnicode_WRITE(PyUnicode_2BYTE_KIND, d2, 0, 0x263A);
        CHECK("ucs2_WRITE", d2[0]);
        memset(&s3, 0, sizeof s3);
        s3._base._base.length = 3;
        s3._base._base.state.kind = PyUnicode_4BYTE_KIND;
        s3._base._base.state.ready = 1;
        s3.data.ucs4 = data4;
        CHECK("legacy_DATA", PyUnicode_DATA((PyObject *)&s3) == (void *)data4);
        CHECK("legacy_READ_CHAR", PyUnicode_READ_CHAR((PyObject *)&s3, 2));
        CHECK("legacy_IS_COMPACT", PyUnicode_IS_COMPACT((PyObject *)&s3));
        CHECK("legacy_READY", PyUnicode_READY((PyObject *)&s3));
    }

    /* Builtin functions and methods. */
    {
        static PyMethodDef def = {"f", NULL, METH_O | METH_METHOD, NULL};
        PyCMethodObject m;
        memset(&m, 0, sizeof m);
        Py_SET_TYPE((PyObject *)&m, &PyCMethod_Type);
        m.func.m_ml = &def;
        m.func.m_self = (PyObject *)&m;
        m.mm_class = &type_a;
        CHECK("PyCFunction_GET_FLAGS", PyCFunction_GET_FLAGS((PyObject *)&m));
        CHECK("PyCFunction_GET_SELF", PyCFunction_GET_SELF((PyObject *)&m) == (PyObject *)&m);
        CHECK("PyCFunction_GET_CLASS", PyCFunction_GET_CLASS((PyObject *)&m) == &type_a);
    }

    /* Field accessors of functions, methods, descriptors, memoryviews,
       weak references, cells and datetime objects. */
    {
        PyFunctionObject fn;
        PyMethodObject meth;
        PyMethodDescrObject descr;
        PyMemoryViewObject mv;
        PyWeakReference wr;
        PyCellObject cell;
        PyDateTime_DateTime dt;
        PyDateTime_Time tm;
        PyDateTime_Delta delta;
        PyObject target = {_PyObject_EXTRA_INIT 3, &type_b};
        memset(&fn, 0, sizeof fn);
        fn.func_code = &target;
        fn.func_closure = (PyObject *)&fn;
        CHECK("PyFunction_GET_CODE", PyFunction_GET_CODE(&fn) == &target);
        CHECK("PyFunction_GET_CLOSURE", PyFunction_GET_CLOSURE(&fn) == (PyObject *)&fn);
        memset(&meth, 0, sizeof meth);
        meth.im_func = &target;
        meth.im_self = (PyObject *)&fn;
        CHECK("PyMethod_GET_FUNCTION", PyMethod_GET_FUNCTION(&meth) == &target);
        CHECK("PyMethod_GET_SELF", PyMethod_GET_SELF(&meth) == (PyObject *)&fn);
        memset(&descr, 0, sizeof descr);
        descr.d_common.d_type = &type_b;
        descr.d_common.d_name = &target;
        CHECK("PyDescr_TYPE", PyDescr_TYPE(&descr) == &type_b);
        CHECK("PyDescr_NAME", PyDescr_NAME(&descr) == &target);
        memset(&mv, 0, sizeof mv);
        mv.view.obj = &target;
        CHECK("PyMemoryView_GET_BUFFER", (char *)PyMemoryView_GET_BUFFER(&mv) - (char *)&mv);
        CHECK("PyMemoryView_GET_BASE", PyMemoryView_GET_BASE(&mv) == &target);
        memset(&wr, 0, sizeof wr);
        Py_SET_TYPE((PyObject *)&wr, &type_b);
        wr.wr_object = &target;
        CHECK("PyWeakref_GET_OBJECT_live", PyWeakref_GET_OBJECT((PyObject *)&wr) == &target);
        target.ob_refcnt = 0;
        CHECK("PyWeakref_GET_OBJECT_dying", PyWeakref_GET_OBJECT((PyObject *)&wr) == Py_None);
        target.ob_refcnt = 3;
        memset(&cell, 0, sizeof cell);
        PyCell_SET(&cell, &target);
        CHECK("PyCell_SET", cell.ob_ref == &target);
        memset(&dt, 0, sizeof dt);
        dt.hastzinfo = 1;
        dt.tzinfo = &target;
        dt.data[0] = 0x07; dt.data[1] = 0xE6; dt.data[2] = 10; dt.data[3] = 24;
        dt.data[4] = 13; dt.data[5] = 14; dt.data[6] = 15;
        dt.data[7] = 0x01; dt.data[8] = 0x02; dt.data[9] = 0x03;
        dt.fold = 1;
        CHECK("PyDateTime_GET_YEAR", PyDateTime_GET_YEAR(&dt));
        CHECK("PyDateTime_GET_MONTH", PyDateTime_GET_MONTH(&dt));
        CHECK("PyDateTime_GET_DAY", PyDateTime_GET_DAY(&dt));
        CHECK("PyDateTime_DATE_GET_HOUR", PyDateTime_DATE_GET_HOUR(&dt));
        CHECK("PyDateTime_DATE_GET_MINUTE", PyDateTime_DATE_GET_MINUTE(&dt));
        CHECK("PyDateTime_DATE_GET_SECOND", PyDateTime_DATE_GET_SECOND(&dt));
        CHECK("PyDateTime_DATE_GET_MICROSECOND", PyDateTime_DATE_GET_MICROSECOND(&dt));
        CHECK("PyDateTime_DATE_GET_FOLD", PyDateTime_DATE_GET_FOLD(&dt));
        CHECK("PyDateTime_DATE_GET_TZINFO", PyDateTime_DATE_GET_TZINFO(&dt) == &target);
        memset(&tm, 0, sizeof tm);
        tm.data[0] = 23; tm.data[1] = 59; tm.data[2] = 58;
        tm.data[3] = 0x0F; tm.data[4] = 0x42; tm.data[5] = 0x3F;
        CHECK("PyDateTime_TIME_GET_HOUR", PyDateTime_TIME_GET_HOUR(&tm));
        CHECK("PyDateTime_TIME_GET_MICROSECOND", PyDateTime_TIME_GET_MICROSECOND(&tm));
        CHECK("PyDateTime_TIME_GET_TZINFO_none", PyDateTime_TIME_GET_TZINFO(&tm) == Py_None);
        memset(&delta, 0, sizeof delta);
        delta.days = -3; delta.seconds = 7; delta.microseconds = 999;
        CHECK("PyDateTime_DELTA_GET_DAYS", PyDateTime_DELTA_GET_DAYS(&delta));
        CHECK("PyDateTime_DELTA_GET_SECONDS", PyDateTime_DELTA_GET_SECONDS(&delta));
        CHECK("PyDateTime_DELTA_GET_MICROSECONDS", PyDateTime_DELTA_GET_MICROSECONDS(&delta));
    }

    /* Vectorcall argument counts. */
    CHECK("PyVectorcall_NARGS", PyVectorcall_NARGS(3 | PY_VECTORCALL_ARGUMENTS_OFFSET));

    /* Py_SETREF / Py_CLEAR semantics. */
    {
        PyObject a = {_PyObject_EXTRA_INIT 2, &type_b};
        PyObject b = {_PyObject_EXTRA_INIT 1, &type_b};
        PyObject *slot = &a;
        Py_SETREF(slot, &b);
        CHECK("Py_SETREF_old_refcnt", a.ob_refcnt);
        CHECK("Py_SETREF_slot", slot == &b);
        b.ob_refcnt = 2;
        Py_CLEAR(slot);
        CHECK("Py_CLEAR_slot", slot == NULL);
        CHECK("Py_CLEAR_refcnt", b.ob_refcnt);
    }

    /* Object-size helpers. */
    memset(&type_b, 0, sizeof type_b);
    type_b.tp_basicsize = 28;
    type_b.tp_itemsize = 3;
    CHECK("_PyObject_SIZE", _PyObject_SIZE(&type_b));
    CHECK("_PyObject_VAR_SIZE", _PyObject_VAR_SIZE(&type_b, 5));
    CHECK("Py_ARRAY_LENGTH", Py_ARRAY_LENGTH(buf));
    CHECK("Py_CHARMASK", Py_CHARMASK(-1));
    CHECK("_Py_SIZE_ROUND_UP", _Py_SIZE_ROUND_UP(13, 8));
}
#endif /* !PROBE_LIMITED */

int main(void) {
    limited_structs();
    limited_constants();
    limited_behaviour();
#ifndef PROBE_LIMITED
    full_structs();
    unicode_state_bits();
    full_constants();
    full_behaviour();
#endif
    return 0;
}
