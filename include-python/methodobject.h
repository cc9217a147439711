/* oxpy: builtin functions and methods implemented in C, and PyMethodDef. */
#ifndef Py_METHODOBJECT_H
#define Py_METHODOBJECT_H
#ifdef __cplusplus
extern "C" {
#endif

/* builtin_function_or_method */
PyAPI_DATA(PyTypeObject) PyCFunction_Type;

#define PyCFunction_CheckExact(op) Py_IS_TYPE(op, &PyCFunction_Type)
#define PyCFunction_Check(op) PyObject_TypeCheck(op, &PyCFunction_Type)

/* C signatures, selected by the METH_* flags below. */
typedef PyObject *(*PyCFunction)(PyObject *, PyObject *);
typedef PyObject *(*_PyCFunctionFast)(PyObject *, PyObject *const *, Py_ssize_t);
typedef PyObject *(*PyCFunctionWithKeywords)(PyObject *, PyObject *, PyObject *);
typedef PyObject *(*_PyCFunctionFastWithKeywords)(PyObject *, PyObject *const *,
                                                  Py_ssize_t, PyObject *);
typedef PyObject *(*PyCMethod)(PyObject *, PyTypeObject *, PyObject *const *, size_t,
                               PyObject *);

/* Cast any function pointer to PyCFunction without -Wcast-function-type
   complaints. */
#define _PyCFunction_CAST(func) _Py_CAST(PyCFunction, _Py_CAST(void (*)(void), (func)))

PyAPI_FUNC(PyCFunction) PyCFunction_GetFunction(PyObject *op);
PyAPI_FUNC(PyObject *) PyCFunction_GetSelf(PyObject *op);
PyAPI_FUNC(int) PyCFunction_GetFlags(PyObject *op);

Py_DEPRECATED(3.9) PyAPI_FUNC(PyObject *) PyCFunction_Call(PyObject *callable,
                                                           PyObject *args,
                                                           PyObject *kwargs);

struct PyMethodDef {
    const char *ml_name;    /* name of the method */
    PyCFunction ml_meth;    /* the C function, cast to PyCFunction */
    int ml_flags;           /* METH_* */
    const char *ml_doc;     /* __doc__, or NULL */
};

/* PyCFunction_New and PyCFunction_NewEx are macros over PyCMethod_New,
   but the functions are still exported for the stable ABI. */
PyAPI_FUNC(PyObject *) PyCFunction_New(PyMethodDef *ml, PyObject *self);
#define PyCFunction_New(ML, SELF) PyCFunction_NewEx((ML), (SELF), NULL)

PyAPI_FUNC(PyObject *) PyCFunction_NewEx(PyMethodDef *ml, PyObject *self, PyObject *module);

#if !defined(Py_LIMITED_API) || Py_LIMITED_API+0 >= 0x03090000
#  define PyCFunction_NewEx(ML, SELF, MOD) PyCMethod_New((ML), (SELF), (MOD), NULL)
PyAPI_FUNC(PyObject *) PyCMethod_New(PyMethodDef *ml, PyObject *self, PyObject *module,
                                     PyTypeObject *cls);
#endif

/* Calling conventions, combined with METH_KEYWORDS / METH_METHOD. */
#define METH_VARARGS 0x0001
#define METH_KEYWORDS 0x0002
#define METH_NOARGS 0x0004
#define METH_O 0x0008

/* Binding: class methods and static methods (type methods only). */
#define METH_CLASS 0x0010
#define METH_STATIC 0x0020

/* Keep this definition even if a slot wrapper of the same name exists. */
#define METH_COEXIST 0x0040

#if !defined(Py_LIMITED_API) || Py_LIMITED_API+0 >= 0x030a0000
#  define METH_FASTCALL 0x0080
#endif

#ifdef STACKLESS
#  define METH_STACKLESS 0x0100
#else
#  define METH_STACKLESS 0x0000
#endif

/* Pass the defining class (METH_METHOD | METH_FASTCALL | METH_KEYWORDS). */
#if !defined(Py_LIMITED_API) || Py_LIMITED_API+0 >= 0x03090000
#  define METH_METHOD 0x0200
#endif

#ifndef Py_LIMITED_API
#  define Py_CPYTHON_METHODOBJECT_H
#  include "cpython/methodobject.h"
#  undef Py_CPYTHON_METHODOBJECT_H
#endif

#ifdef __cplusplus
}
#endif
#endif /* Py_METHODOBJECT_H */
