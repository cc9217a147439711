/* oxpy: the float object layout and IEEE packing helpers. */
#ifndef Py_CPYTHON_FLOATOBJECT_H
#  error "this header is internal to floatobject.h: include Python.h instead"
#endif

typedef struct {
    PyObject_HEAD
    double ob_fval;
} PyFloatObject;

/* No type check: the caller guarantees op is a float. */
#define PyFloat_AS_DOUBLE(op) (((PyFloatObject *)(op))->ob_fval)

/* Pack to / unpack from IEEE half, single and double precision;
   le selects little-endian byte order. */
PyAPI_FUNC(int) PyFloat_Pack2(double x, char *p, int le);
PyAPI_FUNC(int) PyFloat_Pack4(double x, char *p, int le);
PyAPI_FUNC(int) PyFloat_Pack8(double x, char *p, int le);
PyAPI_FUNC(double) PyFloat_Unpack2(const char *p, int le);
PyAPI_FUNC(double) PyFloat_Unpack4(const char *p, int le);
PyAPI_FUNC(double) PyFloat_Unpack8(const char *p, int le);
