/* PyUnicode_FromFormat: every conversion (%c %d %u %ld %li %lu %lld %llu %zd
 * %zi %zu %i %x %p %s %U %V %S %R %A %%), widths and precisions, and
 * PyErr_Format sharing the same formatter. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

static PyObject *
integers(PyObject *self, PyObject *unused)
{
    return PyUnicode_FromFormat("c=%c d=%d u=%u ld=%ld li=%li lu=%lu lld=%lld llu=%llu zd=%zd zi=%zi zu=%zu i=%i x=%x",
                                0x263a, -12, 4000000000u, -1234567890123L, 77L, 18446744073709551615UL,
                                -9223372036854775807LL, 18446744073709551615ULL, (Py_ssize_t)-3,
                                (Py_ssize_t)4, (size_t)5, 0, 0xbeef);
}

static PyObject *
widths(PyObject *self, PyObject *which)
{
    switch (PyLong_AsLong(which)) {
    case 0: return PyUnicode_FromFormat("[%5d]", 42);
    case 1: return PyUnicode_FromFormat("[%-5d] rest %d", 42, 1);
    case 2: return PyUnicode_FromFormat("[%05d]", 42);
    case 3: return PyUnicode_FromFormat("[%.3d]", 7);
    case 4: return PyUnicode_FromFormat("[%7.4d]", 7);
    case 5: return PyUnicode_FromFormat("[%3s]", "ab");
    case 6: return PyUnicode_FromFormat("[%.2s]", "abcdef");
    case 7: return PyUnicode_FromFormat("[%5x]", 255);
    case 8: return PyUnicode_FromFormat("[%-8.2U]", which);
    case 9: return PyUnicode_FromFormat("[%.1s]", "\xc3\xa9t\xc3\xa9");
    default: Py_RETURN_NONE;
    }
}

static PyObject *
objects(PyObject *self, PyObject *args)
{
    PyObject *o;
    if (!PyArg_ParseTuple(args, "O", &o))
        return NULL;
    PyObject *u = PyUnicode_FromString("\u00e9t\u00e9");
    if (u == NULL)
        return NULL;
    PyObject *r = PyUnicode_FromFormat("U=%U V1=%V V2=%V S=%S R=%R A=%A pct=%% s=%s", u, u, "unused",
                                       (PyObject *)NULL, "fallback", o, o, o, "caf\xc3\xa9");
    Py_DECREF(u);
    return r;
}

static PyObject *
object_widths(PyObject *self, PyObject *o)
{
    return PyUnicode_FromFormat("[%.3S][%10R][%.2U][%5V]", o, o, o, o, "unused");
}

static PyObject *
pointer(PyObject *self, PyObject *unused)
{
    PyObject *p = PyUnicode_FromFormat("%p", (void *)0x1234);
    PyObject *n = PyUnicode_FromFormat("%p", (void *)0);
    return Py_BuildValue("(NN)", p, n);
}

static PyObject *
raising_repr(PyObject *self, PyObject *o)
{
    return PyUnicode_FromFormat("before %R after", o);
}

static PyObject *
err_format(PyObject *self, PyObject *o)
{
    return PyErr_Format(PyExc_ValueError, "%s: %R is %d%% bad (%zu)", "check", o, 50, (size_t)3);
}

static PyObject *
va_format(const char *format, ...)
{
    va_list va;
    va_start(va, format);
    PyObject *r = PyUnicode_FromFormatV(format, va);
    va_end(va);
    return r;
}

static PyObject *
via_v(PyObject *self, PyObject *unused)
{
    return va_format("%s-%d-%c", "v", 3, 'Z');
}

static PyObject *
trailing(PyObject *self, PyObject *unused)
{
    return PyUnicode_FromFormat("text only, %d and unknown %y stays", 1);
}

static PyMethodDef methods[] = {
    {"integers", integers, METH_NOARGS, NULL},
    {"widths", widths, METH_O, NULL},
    {"objects", objects, METH_VARARGS, NULL},
    {"object_widths", object_widths, METH_O, NULL},
    {"pointer", pointer, METH_NOARGS, NULL},
    {"raising_repr", raising_repr, METH_O, NULL},
    {"err_format", err_format, METH_O, NULL},
    {"via_v", via_v, METH_NOARGS, NULL},
    {"trailing", trailing, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "unicode_format",
    .m_size = -1,
    .m_methods = methods,
};

PyMODINIT_FUNC
PyInit_unicode_format(void)
{
    return PyModule_Create(&module);
}
