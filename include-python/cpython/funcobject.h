/* oxpy: Python function objects (non-limited). */
#ifndef Py_LIMITED_API
#ifndef Py_FUNCOBJECT_H
#define Py_FUNCOBJECT_H
#ifdef __cplusplus
extern "C" {
#endif

/* Fields shared by functions and frame constructors. */
#define COMMON_FIELDS(PREFIX) \
    PyObject *PREFIX ## globals; \
    PyObject *PREFIX ## builtins; \
    PyObject *PREFIX ## name; \
    PyObject *PREFIX ## qualname; \
    PyObject *PREFIX ## code; \
    PyObject *PREFIX ## defaults; \
    PyObject *PREFIX ## kwdefaults; \
    PyObject *PREFIX ## closure;

typedef struct {
    COMMON_FIELDS(fc_)
} PyFrameConstructor;

typedef struct {
    PyObject_HEAD
    COMMON_FIELDS(func_)
    PyObject *func_doc;
    PyObject *func_dict;            /* __dict__ */
    PyObject *func_weakreflist;
    PyObject *func_module;          /* __module__ */
    PyObject *func_annotations;
    vectorcallfunc vectorcall;
    uint32_t func_version;          /* for the specialising interpreter */
} PyFunctionObject;

PyAPI_DATA(PyTypeObject) PyFunction_Type;

#define PyFunction_Check(op) Py_IS_TYPE(op, &PyFunction_Type)

PyAPI_FUNC(PyObject *) PyFunction_New(PyObject *code, PyObject *globals);
PyAPI_FUNC(PyObject *) PyFunction_NewWithQualName(PyObject *code, PyObject *globals,
                                                  PyObject *qualname);
PyAPI_FUNC(PyObject *) PyFunction_GetCode(PyObject *op);
PyAPI_FUNC(PyObject *) PyFunction_GetGlobals(PyObject *op);
PyAPI_FUNC(PyObject *) PyFunction_GetModule(PyObject *op);
PyAPI_FUNC(PyObject *) PyFunction_GetDefaults(PyObject *op);
PyAPI_FUNC(int) PyFunction_SetDefaults(PyObject *op, PyObject *defaults);
PyAPI_FUNC(PyObject *) PyFunction_GetKwDefaults(PyObject *op);
PyAPI_FUNC(int) PyFunction_SetKwDefaults(PyObject *op, PyObject *defaults);
PyAPI_FUNC(PyObject *) PyFunction_GetClosure(PyObject *op);
PyAPI_FUNC(int) PyFunction_SetClosure(PyObject *op, PyObject *closure);
PyAPI_FUNC(PyObject *) PyFunction_GetAnnotations(PyObject *op);
PyAPI_FUNC(int) PyFunction_SetAnnotations(PyObject *op, PyObject *annotations);

PyAPI_FUNC(PyObject *) _PyFunction_Vectorcall(PyObject *func, PyObject *const *stack,
                                              size_t nargsf, PyObject *kwnames);

/* Unchecked field access. */
#define PyFunction_GET_CODE(func) (((PyFunctionObject *)func)->func_code)
#define PyFunction_GET_GLOBALS(func) (((PyFunctionObject *)func)->func_globals)
#define PyFunction_GET_MODULE(func) (((PyFunctionObject *)func)->func_module)
#define PyFunction_GET_DEFAULTS(func) (((PyFunctionObject *)func)->func_defaults)
#define PyFunction_GET_KW_DEFAULTS(func) (((PyFunctionObject *)func)->func_kwdefaults)
#define PyFunction_GET_CLOSURE(func) (((PyFunctionObject *)func)->func_closure)
#define PyFunction_GET_ANNOTATIONS(func) (((PyFunctionObject *)func)->func_annotations)

/* classmethod and staticmethod */
PyAPI_DATA(PyTypeObject) PyClassMethod_Type;
PyAPI_DATA(PyTypeObject) PyStaticMethod_Type;

PyAPI_FUNC(PyObject *) PyClassMethod_New(PyObject *callable);
PyAPI_FUNC(PyObject *) PyStaticMethod_New(PyObject *callable);

#ifdef __cplusplus
}
#endif
#endif /* Py_FUNCOBJECT_H */
#endif /* Py_LIMITED_API */
