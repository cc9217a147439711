/* float, complex and bool objects: PyFloat_* (AsDouble through __float__
 * and __index__, FromString, GetInfo/Max/Min, the AS_DOUBLE macro),
 * PyComplex_* (FromDoubles, Real/ImagAsDouble, AsCComplex, the _Py_c_*
 * arithmetic) and PyBool_* (singletons, FromLong). */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <float.h>

static PyObject *
as_double(PyObject *self, PyObject *o)
{
    double d = PyFloat_AsDouble(o);
    if (d == -1.0 && PyErr_Occurred())
        return NULL;
    return PyFloat_FromDouble(d);
}

static PyObject *
macro_read(PyObject *self, PyObject *o)
{
    if (!PyFloat_Check(o))
        return PyUnicode_FromString("not a float");
    return Py_BuildValue("(di)", PyFloat_AS_DOUBLE(o), PyFloat_CheckExact(o));
}

static PyObject *
from_string(PyObject *self, PyObject *s)
{
    return PyFloat_FromString(s);
}

static PyObject *
limits(PyObject *self, PyObject *unused)
{
    PyObject *info = PyFloat_GetInfo();
    if (info == NULL)
        return NULL;
    PyObject *dig = PyObject_GetAttrString(info, "dig");
    Py_DECREF(info);
    if (dig == NULL)
        return NULL;
    return Py_BuildValue("(NOO)", dig, PyFloat_GetMax() == DBL_MAX ? Py_True : Py_False,
                         PyFloat_GetMin() == DBL_MIN ? Py_True : Py_False);
}

static PyObject *
complex_parts(PyObject *self, PyObject *o)
{
    Py_complex c = PyComplex_AsCComplex(o);
    if (c.real == -1.0 && PyErr_Occurred())
        return NULL;
    double re = PyComplex_RealAsDouble(o);
    if (re == -1.0 && PyErr_Occurred())
        return NULL;
    double im = PyComplex_ImagAsDouble(o);
    if (im == -1.0 && PyErr_Occurred())
        return NULL;
    return Py_BuildValue("(dddd)", c.real, c.imag, re, im);
}

static PyObject *
complex_make(PyObject *self, PyObject *args)
{
    double re, im;
    if (!PyArg_ParseTuple(args, "dd", &re, &im))
        return NULL;
    PyObject *a = PyComplex_FromDoubles(re, im);
    Py_complex c = {re * 2, im * 2};
    PyObject *b = PyComplex_FromCComplex(c);
    return Py_BuildValue("(NN)", a, b);
}

static PyObject *
complex_math(PyObject *self, PyObject *args)
{
    Py_complex a, b;
    if (!PyArg_ParseTuple(args, "DD", &a, &b))
        return NULL;
    Py_complex s = _Py_c_sum(a, b), d = _Py_c_diff(a, b), p = _Py_c_prod(a, b), n = _Py_c_neg(a);
    errno = 0;
    Py_complex q = _Py_c_quot(a, b);
    int quot_errno = errno;
    return Py_BuildValue("(DDDDDid)", &s, &d, &p, &n, &q, quot_errno != 0, _Py_c_abs(a));
}

static PyObject *
complex_struct(PyObject *self, PyObject *o)
{
    if (!PyComplex_Check(o))
        return PyUnicode_FromString("not complex");
    Py_complex v = ((PyComplexObject *)o)->cval;
    return Py_BuildValue("(ddi)", v.real, v.imag, PyComplex_CheckExact(o));
}

static PyObject *
bools(PyObject *self, PyObject *o)
{
    long v = PyLong_AsLong(o);
    if (v == -1 && PyErr_Occurred())
        return NULL;
    PyObject *b = PyBool_FromLong(v);
    PyObject *r = Py_BuildValue("(OiiiiO)", b, b == Py_True, b == Py_False, PyBool_Check(b),
                                PyBool_Check(o), Py_IsTrue(b) ? Py_True : Py_False);
    Py_DECREF(b);
    return r;
}

static PyObject *
return_macros(PyObject *self, PyObject *which)
{
    long w = PyLong_AsLong(which);
    if (w == 0)
        Py_RETURN_FALSE;
    if (w == 1)
        Py_RETURN_TRUE;
    if (w == 2)
        Py_RETURN_NONE;
    if (w == 3)
        Py_RETURN_NOTIMPLEMENTED;
    return Py_NewRef(Py_Ellipsis);
}

static PyMethodDef methods[] = {
    {"as_double", as_double, METH_O, NULL},
    {"macro_read", macro_read, METH_O, NULL},
    {"from_string", from_string, METH_O, NULL},
    {"limits", limits, METH_NOARGS, NULL},
    {"complex_parts", complex_parts, METH_O, NULL},
    {"complex_make", complex_make, METH_VARARGS, NULL},
    {"complex_math", complex_math, METH_VARARGS, NULL},
    {"complex_struct", complex_struct, METH_O, NULL},
    {"bools", bools, METH_O, NULL},
    {"return_macros", return_macros, METH_O, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "floats",
    .m_size = -1,
    .m_methods = methods,
};

PyMODINIT_FUNC
PyInit_floats(void)
{
    return PyModule_Create(&module);
}
