/* oxpy: argument parsing, value building and module helpers. */
#ifndef Py_MODSUPPORT_H
#define Py_MODSUPPORT_H
#ifdef __cplusplus
extern "C" {
#endif

#include <stdarg.h>

/* With PY_SSIZE_T_CLEAN, the "#" format units take Py_ssize_t lengths and
   the parsing functions resolve to their _SizeT variants. */
#ifdef PY_SSIZE_T_CLEAN
#  define PyArg_Parse _PyArg_Parse_SizeT
#  define PyArg_ParseTuple _PyArg_ParseTuple_SizeT
#  define PyArg_ParseTupleAndKeywords _PyArg_ParseTupleAndKeywords_SizeT
#  define PyArg_VaParse _PyArg_VaParse_SizeT
#  define PyArg_VaParseTupleAndKeywords _PyArg_VaParseTupleAndKeywords_SizeT
#  define Py_BuildValue _Py_BuildValue_SizeT
#  define Py_VaBuildValue _Py_VaBuildValue_SizeT
#endif

#if !defined(PY_SSIZE_T_CLEAN) || !defined(Py_LIMITED_API) || Py_LIMITED_API+0 >= 0x03030000
PyAPI_FUNC(int) PyArg_Parse(PyObject *args, const char *format, ...);
PyAPI_FUNC(int) PyArg_ParseTuple(PyObject *args, const char *format, ...);
PyAPI_FUNC(int) PyArg_ParseTupleAndKeywords(PyObject *args, PyObject *kw,
                                            const char *format, char **keywords, ...);
PyAPI_FUNC(int) PyArg_VaParse(PyObject *args, const char *format, va_list vargs);
PyAPI_FUNC(int) PyArg_VaParseTupleAndKeywords(PyObject *args, PyObject *kw,
                                              const char *format, char **keywords,
                                              va_list vargs);
#endif
PyAPI_FUNC(int) PyArg_ValidateKeywordArguments(PyObject *kw);
PyAPI_FUNC(int) PyArg_UnpackTuple(PyObject *args, const char *name, Py_ssize_t min,
                                  Py_ssize_t max, ...);
PyAPI_FUNC(PyObject *) Py_BuildValue(const char *format, ...);
PyAPI_FUNC(PyObject *) _Py_BuildValue_SizeT(const char *format, ...);

/* "no upper bound" for argument counts. */
#define ANY_VARARGS(n) (n == PY_SSIZE_T_MAX)

PyAPI_FUNC(PyObject *) Py_VaBuildValue(const char *format, va_list vargs);

/* Adding things to modules. */
#if !defined(Py_LIMITED_API) || Py_LIMITED_API+0 >= 0x030a0000
PyAPI_FUNC(int) PyModule_AddObjectRef(PyObject *mod, const char *name, PyObject *value);
#endif
/* Steals a reference to value, but only on success. */
PyAPI_FUNC(int) PyModule_AddObject(PyObject *mod, const char *name, PyObject *value);
PyAPI_FUNC(int) PyModule_AddIntConstant(PyObject *mod, const char *name, long value);
PyAPI_FUNC(int) PyModule_AddStringConstant(PyObject *mod, const char *name,
                                           const char *value);
#if !defined(Py_LIMITED_API) || Py_LIMITED_API+0 >= 0x03090000
PyAPI_FUNC(int) PyModule_AddType(PyObject *module, PyTypeObject *type);
#endif

#define PyModule_AddIntMacro(m, c) PyModule_AddIntConstant(m, #c, c)
#define PyModule_AddStringMacro(m, c) PyModule_AddStringConstant(m, #c, c)

#if !defined(Py_LIMITED_API) || Py_LIMITED_API+0 >= 0x03050000
PyAPI_FUNC(int) PyModule_SetDocString(PyObject *mod, const char *doc);
PyAPI_FUNC(int) PyModule_AddFunctions(PyObject *mod, PyMethodDef *functions);
PyAPI_FUNC(int) PyModule_ExecDef(PyObject *module, PyModuleDef *def);
#endif

/* "O&" converters returning this flag are called again to clean up. */
#define Py_CLEANUP_SUPPORTED 0x20000

#define PYTHON_API_VERSION 1013
#define PYTHON_API_STRING "1013"
#define PYTHON_ABI_VERSION 3
#define PYTHON_ABI_STRING "3"

#ifdef Py_TRACE_REFS
#  define PyModule_Create2 PyModule_Create2TraceRefs
#  define PyModule_FromDefAndSpec2 PyModule_FromDefAndSpec2TraceRefs
#endif

/* Single-phase module creation. */
PyAPI_FUNC(PyObject *) PyModule_Create2(PyModuleDef *def, int apiver);

#ifdef Py_LIMITED_API
#  define PyModule_Create(module) PyModule_Create2(module, PYTHON_ABI_VERSION)
#else
#  define PyModule_Create(module) PyModule_Create2(module, PYTHON_API_VERSION)
#endif

#if !defined(Py_LIMITED_API) || Py_LIMITED_API+0 >= 0x03050000
PyAPI_FUNC(PyObject *) PyModule_FromDefAndSpec2(PyModuleDef *def, PyObject *spec,
                                                int module_api_version);
#  ifdef Py_LIMITED_API
#    define PyModule_FromDefAndSpec(module, spec) \
       PyModule_FromDefAndSpec2(module, spec, PYTHON_ABI_VERSION)
#  else
#    define PyModule_FromDefAndSpec(module, spec) \
       PyModule_FromDefAndSpec2(module, spec, PYTHON_API_VERSION)
#  endif
#endif

#ifndef Py_LIMITED_API
#  define Py_CPYTHON_MODSUPPORT_H
#  include "cpython/modsupport.h"
#  undef Py_CPYTHON_MODSUPPORT_H
#endif

#ifdef __cplusplus
}
#endif
#endif /* Py_MODSUPPORT_H */
