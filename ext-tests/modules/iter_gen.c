/* Iterators and generators from C: PyIter_Next over generators (return
 * value lost, exceptions propagate), PyIter_Check, PySeqIter_New over a
 * __getitem__ sequence, PyCallIter_New with a sentinel, sending into and
 * throwing into a generator through its methods, PyGen_Check, and closing
 * a generator so its finally block runs. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

static PyObject *
drain(PyObject *self, PyObject *it)
{
    if (!PyIter_Check(it)) {
        PyErr_Format(PyExc_TypeError, "%.50s is not an iterator", Py_TYPE(it)->tp_name);
        return NULL;
    }
    PyObject *out = PyList_New(0), *item;
    while ((item = PyIter_Next(it)) != NULL) {
        PyList_Append(out, item);
        Py_DECREF(item);
    }
    if (PyErr_Occurred()) {
        Py_DECREF(out);
        return NULL;
    }
    return out;
}

static PyObject *
seq_iter(PyObject *self, PyObject *seq)
{
    PyObject *it = PySeqIter_New(seq);
    if (it == NULL)
        return NULL;
    PyObject *r = drain(self, it);
    Py_DECREF(it);
    return r;
}

static PyObject *
call_iter(PyObject *self, PyObject *args)
{
    PyObject *callable, *sentinel;
    if (!PyArg_ParseTuple(args, "OO", &callable, &sentinel))
        return NULL;
    PyObject *it = PyCallIter_New(callable, sentinel);
    if (it == NULL)
        return NULL;
    PyObject *r = drain(self, it);
    Py_DECREF(it);
    return r;
}

static PyObject *
converse(PyObject *self, PyObject *gen)
{
    if (!PyGen_Check(gen)) {
        PyErr_SetString(PyExc_TypeError, "want a generator");
        return NULL;
    }
    PyObject *first = PyIter_Next(gen);
    if (first == NULL)
        return NULL;
    PyObject *second = PyObject_CallMethod(gen, "send", "s", "hello");
    if (second == NULL) {
        Py_DECREF(first);
        return NULL;
    }
    PyObject *third = PyObject_CallMethod(gen, "throw", "O", PyExc_KeyError);
    PyObject *thrown;
    if (third == NULL) {
        PyObject *t, *v, *tb;
        PyErr_Fetch(&t, &v, &tb);
        thrown = Py_BuildValue("(sO)", "escaped", t);
        Py_XDECREF(t);
        Py_XDECREF(v);
        Py_XDECREF(tb);
    }
    else
        thrown = third;
    PyObject *closed = PyObject_CallMethod(gen, "close", NULL);
    if (closed == NULL) {
        Py_DECREF(first);
        Py_DECREF(second);
        Py_DECREF(thrown);
        return NULL;
    }
    return Py_BuildValue("(NNNN)", first, second, thrown, closed);
}

static PyMethodDef methods[] = {
    {"drain", drain, METH_O, NULL},
    {"seq_iter", seq_iter, METH_O, NULL},
    {"call_iter", call_iter, METH_VARARGS, NULL},
    {"converse", converse, METH_O, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "iter_gen",
    .m_size = -1,
    .m_methods = methods,
};

PyMODINIT_FUNC
PyInit_iter_gen(void)
{
    return PyModule_Create(&module);
}
