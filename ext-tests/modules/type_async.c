/* PyAsyncMethods on a static type: am_await returning an iterator (so the
 * object can be awaited inside a coroutine driven by send()), am_aiter
 * returning a fresh async iterator (negative count) and am_anext returning
 * awaitables for `async for` (StopAsyncIteration ends it), and PyIter_Send /
 * PyCoro_CheckExact from C. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

typedef struct {
    PyObject_HEAD
    long remaining;
    long value;
} TickerObject;

static PyTypeObject Ticker_Type;

static PyObject *
ticker_new(PyTypeObject *type, PyObject *args, PyObject *kwargs)
{
    long n = 0, v = 0;
    if (!PyArg_ParseTuple(args, "|ll", &n, &v))
        return NULL;
    TickerObject *t = (TickerObject *)type->tp_alloc(type, 0);
    if (t) {
        t->remaining = n;
        t->value = v;
    }
    return (PyObject *)t;
}

/* As an awaitable it is its own iterator: it yields "tick i" while ticks
 * remain, then finishes with StopIteration(value), the await's result. */
static PyObject *
ticker_await(PyObject *self)
{
    return Py_NewRef(self);
}

static PyObject *
ticker_iternext(PyObject *self)
{
    TickerObject *t = (TickerObject *)self;
    if (t->remaining > 0)
        return PyUnicode_FromFormat("tick %ld", --t->remaining);
    PyObject *v = PyLong_FromLong(t->value);
    if (v == NULL)
        return NULL;
    PyErr_SetObject(PyExc_StopIteration, v);
    Py_DECREF(v);
    return NULL;
}

static PyObject *
ticker_aiter(PyObject *self)
{
    return PyObject_CallFunction((PyObject *)Py_TYPE(self), "ll", -((TickerObject *)self)->remaining,
                                 ((TickerObject *)self)->value);
}

/* __anext__ returns an awaitable finishing immediately with the value. */
static PyObject *
ticker_anext(PyObject *self)
{
    TickerObject *t = (TickerObject *)self;
    if (t->remaining >= 0) {
        PyErr_SetNone(PyExc_StopAsyncIteration);
        return NULL;
    }
    t->remaining++;
    t->value++;
    return PyObject_CallFunction((PyObject *)&Ticker_Type, "ll", 0L, t->value);
}

static PyAsyncMethods ticker_as_async = {
    .am_await = ticker_await,
    .am_aiter = ticker_aiter,
    .am_anext = ticker_anext,
};

static PyObject *
ticker_value(PyObject *self, PyObject *unused)
{
    return PyLong_FromLong(((TickerObject *)self)->value);
}

static PyMethodDef ticker_methods[] = {
    {"value", ticker_value, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static PyTypeObject Ticker_Type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "type_async.Ticker",
    .tp_basicsize = sizeof(TickerObject),
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_new = ticker_new,
    .tp_as_async = &ticker_as_async,
    .tp_iter = PyObject_SelfIter,
    .tp_iternext = ticker_iternext,
    .tp_methods = ticker_methods,
};

static PyObject *
drive(PyObject *self, PyObject *coro)
{
    PyObject *out = PyList_New(0);
    PyObject *result = NULL;
    for (;;) {
        PySendResult r = PyIter_Send(coro, Py_None, &result);
        if (r == PYGEN_ERROR) {
            Py_DECREF(out);
            return NULL;
        }
        if (r == PYGEN_RETURN)
            break;
        PyList_Append(out, result);
        Py_DECREF(result);
    }
    PyObject *ret = Py_BuildValue("(NNi)", out, result, PyCoro_CheckExact(coro));
    return ret;
}

static PyMethodDef methods[] = {
    {"drive", drive, METH_O, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "type_async",
    .m_size = -1,
    .m_methods = methods,
};

PyMODINIT_FUNC
PyInit_type_async(void)
{
    if (PyType_Ready(&Ticker_Type) < 0)
        return NULL;
    PyObject *m = PyModule_Create(&module);
    if (m == NULL)
        return NULL;
    if (PyModule_AddObjectRef(m, "Ticker", (PyObject *)&Ticker_Type) < 0)
        return NULL;
    return m;
}
