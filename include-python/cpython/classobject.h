/* oxpy: bound method and instancemethod objects (non-limited). */
#ifndef Py_LIMITED_API
#ifndef Py_CLASSOBJECT_H
#define Py_CLASSOBJECT_H
#ifdef __cplusplus
extern "C" {
#endif

/* A function bound to an instance. */
typedef struct {
    PyObject_HEAD
    PyObject *im_func;      /* the callable */
    PyObject *im_self;      /* the instance */
    PyObject *im_weakreflist;
    vectorcallfunc vectorcall;
} PyMethodObject;

PyAPI_DATA(PyTypeObject) PyMethod_Type;

#define PyMethod_Check(op) Py_IS_TYPE(op, &PyMethod_Type)

PyAPI_FUNC(PyObject *) PyMethod_New(PyObject *func, PyObject *self);
PyAPI_FUNC(PyObject *) PyMethod_Function(PyObject *meth);
PyAPI_FUNC(PyObject *) PyMethod_Self(PyObject *meth);

#define PyMethod_GET_FUNCTION(meth) (((PyMethodObject *)meth)->im_func)
#define PyMethod_GET_SELF(meth) (((PyMethodObject *)meth)->im_self)

/* Wraps a callable so that it binds like a Python function. */
typedef struct {
    PyObject_HEAD
    PyObject *func;
} PyInstanceMethodObject;

PyAPI_DATA(PyTypeObject) PyInstanceMethod_Type;

#define PyInstanceMethod_Check(op) Py_IS_TYPE(op, &PyInstanceMethod_Type)

PyAPI_FUNC(PyObject *) PyInstanceMethod_New(PyObject *func);
PyAPI_FUNC(PyObject *) PyInstanceMethod_Function(PyObject *im);

#define PyInstanceMethod_GET_FUNCTION(meth) (((PyInstanceMethodObject *)meth)->func)

#ifdef __cplusplus
}
#endif
#endif /* Py_CLASSOBJECT_H */
#endif /* Py_LIMITED_API */
