/* oxpy: module objects and module definitions (PEP 3121, PEP 489). */
#ifndef Py_MODULEOBJECT_H
#define Py_MODULEOBJECT_H
#ifdef __cplusplus
extern "C" {
#endif

PyAPI_DATA(PyTypeObject) PyModule_Type;

#define PyModule_Check(op) PyObject_TypeCheck(op, &PyModule_Type)
#define PyModule_CheckExact(op) Py_IS_TYPE(op, &PyModule_Type)

#if !defined(Py_LIMITED_API) || Py_LIMITED_API+0 >= 0x03030000
PyAPI_FUNC(PyObject *) PyModule_NewObject(PyObject *name);
#endif
PyAPI_FUNC(PyObject *) PyModule_New(const char *name);
PyAPI_FUNC(PyObject *) PyModule_GetDict(PyObject *module);
#if !defined(Py_LIMITED_API) || Py_LIMITED_API+0 >= 0x03030000
PyAPI_FUNC(PyObject *) PyModule_GetNameObject(PyObject *module);
#endif
PyAPI_FUNC(const char *) PyModule_GetName(PyObject *module);
Py_DEPRECATED(3.2) PyAPI_FUNC(const char *) PyModule_GetFilename(PyObject *module);
PyAPI_FUNC(PyObject *) PyModule_GetFilenameObject(PyObject *module);
#ifndef Py_LIMITED_API
PyAPI_FUNC(void) _PyModule_Clear(PyObject *module);
PyAPI_FUNC(void) _PyModule_ClearDict(PyObject *dict);
PyAPI_FUNC(int) _PyModuleSpec_IsInitializing(PyObject *spec);
#endif
PyAPI_FUNC(PyModuleDef *) PyModule_GetDef(PyObject *module);
PyAPI_FUNC(void *) PyModule_GetState(PyObject *module);

#if !defined(Py_LIMITED_API) || Py_LIMITED_API+0 >= 0x03050000
/* Multi-phase initialisation: PyInit_* returns PyModuleDef_Init(&def). */
PyAPI_FUNC(PyObject *) PyModuleDef_Init(PyModuleDef *def);
PyAPI_DATA(PyTypeObject) PyModuleDef_Type;
#endif

typedef struct PyModuleDef_Base {
    PyObject_HEAD
    PyObject *(*m_init)(void);  /* set for single-phase modules */
    Py_ssize_t m_index;         /* index in the interpreter's module list */
    PyObject *m_copy;           /* saved module dict, for re-import */
} PyModuleDef_Base;

#define PyModuleDef_HEAD_INIT { \
    PyObject_HEAD_INIT(_Py_NULL) \
    _Py_NULL, /* m_init */ \
    0,        /* m_index */ \
    _Py_NULL, /* m_copy */ \
  }

#if !defined(Py_LIMITED_API) || Py_LIMITED_API+0 >= 0x03050000
struct PyModuleDef_Slot {
    int slot;       /* Py_mod_* */
    void *value;
};

#  define Py_mod_create 1
#  define Py_mod_exec 2

#  ifndef Py_LIMITED_API
#    define _Py_mod_LAST_SLOT 2
#  endif
#endif

struct PyModuleDef {
    PyModuleDef_Base m_base;
    const char *m_name;
    const char *m_doc;
    Py_ssize_t m_size;          /* per-module state size, -1 if global */
    PyMethodDef *m_methods;
    PyModuleDef_Slot *m_slots;  /* ended by a {0, NULL} entry */
    traverseproc m_traverse;
    inquiry m_clear;
    freefunc m_free;
};

#ifdef __cplusplus
}
#endif
#endif /* Py_MODULEOBJECT_H */
