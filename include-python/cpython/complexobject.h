/* oxpy: C complex numbers and the complex object layout. */
#ifndef Py_CPYTHON_COMPLEXOBJECT_H
#  error "this header is internal to complexobject.h: include Python.h instead"
#endif

typedef struct {
    double real;
    double imag;
} Py_complex;

/* Arithmetic on Py_complex values; errors are reported through errno. */
PyAPI_FUNC(Py_complex) _Py_c_sum(Py_complex a, Py_complex b);
PyAPI_FUNC(Py_complex) _Py_c_diff(Py_complex a, Py_complex b);
PyAPI_FUNC(Py_complex) _Py_c_neg(Py_complex a);
PyAPI_FUNC(Py_complex) _Py_c_prod(Py_complex a, Py_complex b);
PyAPI_FUNC(Py_complex) _Py_c_quot(Py_complex a, Py_complex b);
PyAPI_FUNC(Py_complex) _Py_c_pow(Py_complex a, Py_complex b);
PyAPI_FUNC(double) _Py_c_abs(Py_complex a);

typedef struct {
    PyObject_HEAD
    Py_complex cval;
} PyComplexObject;

PyAPI_FUNC(PyObject *) PyComplex_FromCComplex(Py_complex c);
PyAPI_FUNC(Py_complex) PyComplex_AsCComplex(PyObject *op);
