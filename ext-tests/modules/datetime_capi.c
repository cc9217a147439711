/* The datetime C-API through its capsule: PyDateTime_IMPORT, constructing
 * dates, datetimes, times and deltas (PyDate_FromDate,
 * PyDateTime_FromDateAndTime, PyTime_FromTime, PyDelta_FromDSU), the
 * accessor macros (GET_YEAR, DATE_GET_HOUR, DELTA_GET_DAYS...), the Check
 * macros, and the UTC singleton. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <datetime.h>

static PyObject *
build(PyObject *self, PyObject *unused)
{
    PyObject *d = PyDate_FromDate(2024, 2, 29);
    PyObject *dt = PyDateTime_FromDateAndTime(1999, 12, 31, 23, 59, 58, 123456);
    PyObject *t = PyTime_FromTime(7, 8, 9, 10);
    PyObject *delta = PyDelta_FromDSU(1, 3600, 5);
    if (!d || !dt || !t || !delta) {
        Py_XDECREF(d);
        Py_XDECREF(dt);
        Py_XDECREF(t);
        Py_XDECREF(delta);
        return NULL;
    }
    return Py_BuildValue("(NNNN)", d, dt, t, delta);
}

static PyObject *
fields(PyObject *self, PyObject *o)
{
    if (PyDateTime_Check(o))
        return Py_BuildValue("(siiiiiii)", "datetime", PyDateTime_GET_YEAR(o), PyDateTime_GET_MONTH(o),
                             PyDateTime_GET_DAY(o), PyDateTime_DATE_GET_HOUR(o), PyDateTime_DATE_GET_MINUTE(o),
                             PyDateTime_DATE_GET_SECOND(o), PyDateTime_DATE_GET_MICROSECOND(o));
    if (PyDate_Check(o))
        return Py_BuildValue("(siii)", "date", PyDateTime_GET_YEAR(o), PyDateTime_GET_MONTH(o),
                             PyDateTime_GET_DAY(o));
    if (PyTime_Check(o))
        return Py_BuildValue("(siiii)", "time", PyDateTime_TIME_GET_HOUR(o), PyDateTime_TIME_GET_MINUTE(o),
                             PyDateTime_TIME_GET_SECOND(o), PyDateTime_TIME_GET_MICROSECOND(o));
    if (PyDelta_Check(o))
        return Py_BuildValue("(siii)", "delta", PyDateTime_DELTA_GET_DAYS(o), PyDateTime_DELTA_GET_SECONDS(o),
                             PyDateTime_DELTA_GET_MICROSECONDS(o));
    return PyUnicode_FromString("not a datetime type");
}

static PyObject *
bad_date(PyObject *self, PyObject *unused)
{
    return PyDate_FromDate(2023, 2, 29);
}

static PyObject *
utc(PyObject *self, PyObject *unused)
{
    return Py_NewRef(PyDateTime_TimeZone_UTC);
}

static PyMethodDef methods[] = {
    {"build", build, METH_NOARGS, NULL},
    {"fields", fields, METH_O, NULL},
    {"bad_date", bad_date, METH_NOARGS, NULL},
    {"utc", utc, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "datetime_capi",
    .m_size = -1,
    .m_methods = methods,
};

PyMODINIT_FUNC
PyInit_datetime_capi(void)
{
    PyDateTime_IMPORT;
    if (PyDateTimeAPI == NULL)
        return NULL;
    return PyModule_Create(&module);
}
