/* Tracebacks and frames from C: an exception raised in Python and caught
 * in C keeps its traceback (PyException_GetTraceback, tb_lineno through
 * the traceback object's attributes), PyTraceBack_Check, PyErr_Restore with
 * a traceback re-raising it (the traceback module sees the frames), and
 * PyFrame_GetLineNumber/GetCode of the current frame. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

static PyObject *
catch_tb(PyObject *self, PyObject *callable)
{
    PyObject *r = PyObject_CallNoArgs(callable);
    if (r != NULL)
        return r;
    PyObject *t, *v, *tb;
    PyErr_Fetch(&t, &v, &tb);
    PyErr_NormalizeException(&t, &v, &tb);
    if (tb != NULL)
        PyException_SetTraceback(v, tb);
    PyObject *etb = PyException_GetTraceback(v);
    PyObject *lines = PyList_New(0);
    PyObject *cur = etb ? Py_NewRef(etb) : NULL;
    while (cur != NULL && cur != Py_None) {
        PyObject *lineno = PyObject_GetAttrString(cur, "tb_lineno");
        PyObject *frame = PyObject_GetAttrString(cur, "tb_frame");
        PyObject *code = frame ? PyObject_GetAttrString(frame, "f_code") : NULL;
        PyObject *name = code ? PyObject_GetAttrString(code, "co_name") : NULL;
        PyObject *entry = Py_BuildValue("(OO)", name ? name : Py_None, lineno ? lineno : Py_None);
        PyList_Append(lines, entry);
        Py_XDECREF(entry);
        Py_XDECREF(name);
        Py_XDECREF(code);
        Py_XDECREF(frame);
        Py_XDECREF(lineno);
        PyObject *next = PyObject_GetAttrString(cur, "tb_next");
        Py_DECREF(cur);
        cur = next;
    }
    Py_XDECREF(cur);
    PyObject *res = Py_BuildValue("(OiN)", t, etb ? PyTraceBack_Check(etb) : -1, lines);
    Py_XDECREF(etb);
    Py_XDECREF(t);
    Py_XDECREF(v);
    Py_XDECREF(tb);
    return res;
}

static PyObject *
reraise(PyObject *self, PyObject *callable)
{
    PyObject *r = PyObject_CallNoArgs(callable);
    if (r != NULL)
        return r;
    PyObject *t, *v, *tb;
    PyErr_Fetch(&t, &v, &tb);
    PyErr_Restore(t, v, tb);
    return NULL;
}

static PyObject *
current_frame(PyObject *self, PyObject *unused)
{
    PyFrameObject *f = PyEval_GetFrame();
    if (f == NULL)
        Py_RETURN_NONE;
    PyCodeObject *code = PyFrame_GetCode(f);
    PyObject *name = PyObject_GetAttrString((PyObject *)code, "co_name");
    Py_DECREF(code);
    return Py_BuildValue("(Ni)", name, PyFrame_GetLineNumber(f));
}

static PyMethodDef methods[] = {
    {"catch_tb", catch_tb, METH_O, NULL},
    {"reraise", reraise, METH_O, NULL},
    {"current_frame", current_frame, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "traceback_api",
    .m_size = -1,
    .m_methods = methods,
};

PyMODINIT_FUNC
PyInit_traceback_api(void)
{
    return PyModule_Create(&module);
}
