/* oxpy: the fast argument parsers used by Argument Clinic (non-limited). */
#ifndef Py_CPYTHON_MODSUPPORT_H
#  error "this header is internal to modsupport.h: include Python.h instead"
#endif

#ifdef PY_SSIZE_T_CLEAN
#  define _Py_VaBuildStack _Py_VaBuildStack_SizeT
#else
PyAPI_FUNC(PyObject *) _Py_VaBuildValue_SizeT(const char *format, va_list va);
PyAPI_FUNC(PyObject **) _Py_VaBuildStack_SizeT(PyObject **small_stack,
                                               Py_ssize_t small_stack_len,
                                               const char *format, va_list va,
                                               Py_ssize_t *p_nargs);
#endif

PyAPI_FUNC(int) _PyArg_UnpackStack(PyObject *const *args, Py_ssize_t nargs,
                                   const char *name, Py_ssize_t min, Py_ssize_t max, ...);

/* Each check is a macro that skips the call in the common case. */
PyAPI_FUNC(int) _PyArg_NoKeywords(const char *funcname, PyObject *kwargs);
PyAPI_FUNC(int) _PyArg_NoKwnames(const char *funcname, PyObject *kwnames);
PyAPI_FUNC(int) _PyArg_NoPositional(const char *funcname, PyObject *args);
#define _PyArg_NoKeywords(funcname, kwargs) \
    ((kwargs) == NULL || _PyArg_NoKeywords((funcname), (kwargs)))
#define _PyArg_NoKwnames(funcname, kwnames) \
    ((kwnames) == NULL || _PyArg_NoKwnames((funcname), (kwnames)))
#define _PyArg_NoPositional(funcname, args) \
    ((args) == NULL || _PyArg_NoPositional((funcname), (args)))

PyAPI_FUNC(void) _PyArg_BadArgument(const char *fname, const char *displayname,
                                    const char *expected, PyObject *arg);
PyAPI_FUNC(int) _PyArg_CheckPositional(const char *name, Py_ssize_t nargs,
                                       Py_ssize_t min, Py_ssize_t max);
#define _PyArg_CheckPositional(funcname, nargs, min, max) \
    ((!ANY_VARARGS(max) && (min) <= (nargs) && (nargs) <= (max)) || \
     _PyArg_CheckPositional((funcname), (nargs), (min), (max)))

PyAPI_FUNC(PyObject **) _Py_VaBuildStack(PyObject **small_stack,
                                         Py_ssize_t small_stack_len,
                                         const char *format, va_list va,
                                         Py_ssize_t *p_nargs);

/* A static keyword-argument parser description; the runtime fills in the
   cached fields on first use and links parsers through `next`. */
typedef struct _PyArg_Parser {
    const char *format;
    const char * const *keywords;   /* NULL-terminated; "" for positional-only */
    const char *fname;
    const char *custom_msg;
    int pos;                        /* number of positional-only parameters */
    int min;                        /* minimal number of arguments */
    int max;                        /* maximal number of positional arguments */
    PyObject *kwtuple;              /* tuple of keyword parameter names */
    struct _PyArg_Parser *next;
} _PyArg_Parser;

#ifdef PY_SSIZE_T_CLEAN
#  define _PyArg_ParseTupleAndKeywordsFast _PyArg_ParseTupleAndKeywordsFast_SizeT
#  define _PyArg_ParseStack _PyArg_ParseStack_SizeT
#  define _PyArg_ParseStackAndKeywords _PyArg_ParseStackAndKeywords_SizeT
#  define _PyArg_VaParseTupleAndKeywordsFast _PyArg_VaParseTupleAndKeywordsFast_SizeT
#endif

PyAPI_FUNC(int) _PyArg_ParseTupleAndKeywordsFast(PyObject *args, PyObject *kwargs,
                                                 struct _PyArg_Parser *parser, ...);
PyAPI_FUNC(int) _PyArg_ParseStack(PyObject *const *args, Py_ssize_t nargs,
                                  const char *format, ...);
PyAPI_FUNC(int) _PyArg_ParseStackAndKeywords(PyObject *const *args, Py_ssize_t nargs,
                                             PyObject *kwnames,
                                             struct _PyArg_Parser *parser, ...);
PyAPI_FUNC(int) _PyArg_VaParseTupleAndKeywordsFast(PyObject *args, PyObject *kwargs,
                                                   struct _PyArg_Parser *parser,
                                                   va_list va);

/* Map positional and keyword arguments onto the parser's parameters;
   returns the argument array (args itself when already in order). */
PyAPI_FUNC(PyObject * const *) _PyArg_UnpackKeywords(
    PyObject *const *args, Py_ssize_t nargs, PyObject *kwargs, PyObject *kwnames,
    struct _PyArg_Parser *parser, int minpos, int maxpos, int minkw, PyObject **buf);
PyAPI_FUNC(PyObject * const *) _PyArg_UnpackKeywordsWithVararg(
    PyObject *const *args, Py_ssize_t nargs, PyObject *kwargs, PyObject *kwnames,
    struct _PyArg_Parser *parser, int minpos, int maxpos, int minkw, int vararg,
    PyObject **buf);

#define _PyArg_UnpackKeywords(args, nargs, kwargs, kwnames, parser, minpos, maxpos, minkw, buf) \
    (((minkw) == 0 && (kwargs) == NULL && (kwnames) == NULL && \
      (minpos) <= (nargs) && (nargs) <= (maxpos) && args != NULL) \
         ? (args) \
         : _PyArg_UnpackKeywords((args), (nargs), (kwargs), (kwnames), (parser), \
                                 (minpos), (maxpos), (minkw), (buf)))

PyAPI_FUNC(PyObject *) _PyModule_CreateInitialized(PyModuleDef *def, int apiver);
PyAPI_FUNC(int) _PyModule_Add(PyObject *mod, const char *name, PyObject *value);

PyAPI_DATA(const char *) _Py_PackageContext;
