/* sys and file output from C: PySys_WriteStdout/WriteStderr (printf-style,
 * going through sys.stdout/sys.stderr so redirection is seen),
 * PySys_FormatStdout with %R/%S, PyFile_WriteString/WriteObject with and
 * without Py_PRINT_RAW, PyObject_Print to a FILE, PySys_GetObject on a
 * replaced attribute, and PySys_Audit reaching an audit hook. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

static PyObject *
write_both(PyObject *self, PyObject *args)
{
    int n;
    const char *s;
    if (!PyArg_ParseTuple(args, "is", &n, &s))
        return NULL;
    PySys_WriteStdout("stdout: %d %s %5.2f|\n", n, s, 2.5);
    PySys_WriteStderr("stderr: %s\n", s);
    Py_RETURN_NONE;
}

static PyObject *
format_stdout(PyObject *self, PyObject *o)
{
    PySys_FormatStdout("repr=%R str=%S %d%%\n", o, o, 50);
    Py_RETURN_NONE;
}

static PyObject *
file_write(PyObject *self, PyObject *args)
{
    PyObject *file, *obj;
    if (!PyArg_ParseTuple(args, "OO", &file, &obj))
        return NULL;
    if (PyFile_WriteString("[string]", file) < 0 || PyFile_WriteObject(obj, file, 0) < 0 ||
        PyFile_WriteString("|", file) < 0 || PyFile_WriteObject(obj, file, Py_PRINT_RAW) < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *
print_to_stdout(PyObject *self, PyObject *o)
{
    fflush(stdout);
    PyObject *out = PySys_GetObject("stdout");
    PyObject *r = out ? PyObject_CallMethod(out, "flush", NULL) : NULL;
    Py_XDECREF(r);
    if (PyObject_Print(o, stdout, 0) < 0 || PyObject_Print(o, stdout, Py_PRINT_RAW) < 0)
        return NULL;
    fputc('\n', stdout);
    fflush(stdout);
    Py_RETURN_NONE;
}

static PyObject *
audit(PyObject *self, PyObject *arg)
{
    if (PySys_Audit("exttest.event", "Oi", arg, 7) < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyMethodDef methods[] = {
    {"write_both", write_both, METH_VARARGS, NULL},
    {"format_stdout", format_stdout, METH_O, NULL},
    {"file_write", file_write, METH_VARARGS, NULL},
    {"print_to_stdout", print_to_stdout, METH_O, NULL},
    {"audit", audit, METH_O, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "sys_output",
    .m_size = -1,
    .m_methods = methods,
};

PyMODINIT_FUNC
PyInit_sys_output(void)
{
    return PyModule_Create(&module);
}
