/* oxpy cpyext: argument converters (for "O&" and Argument Clinic), file
 * descriptors, and audit hooks (none are installed: PySys_Audit succeeds). */

#include <Python.h>
#include <limits.h>

static int
unsigned_converter(PyObject *obj, unsigned long long max, unsigned long long *out)
{
    if (PyLong_Check(obj) && _PyLong_Sign(obj) < 0) {
        PyErr_SetString(PyExc_ValueError, "value must be positive");
        return 0;
    }
    unsigned long long v = PyLong_AsUnsignedLongLong(obj);
    if (v == (unsigned long long)-1 && PyErr_Occurred())
        return 0;
    if (v > max) {
        PyErr_SetString(PyExc_OverflowError, "Python int too large for C unsigned short");
        return 0;
    }
    *out = v;
    return 1;
}

int
_PyLong_UnsignedShort_Converter(PyObject *obj, void *ptr)
{
    unsigned long long v;
    if (!unsigned_converter(obj, USHRT_MAX, &v))
        return 0;
    *(unsigned short *)ptr = (unsigned short)v;
    return 1;
}

int
_PyLong_UnsignedInt_Converter(PyObject *obj, void *ptr)
{
    unsigned long long v;
    if (!unsigned_converter(obj, UINT_MAX, &v))
        return 0;
    *(unsigned int *)ptr = (unsigned int)v;
    return 1;
}

int
_PyLong_UnsignedLong_Converter(PyObject *obj, void *ptr)
{
    unsigned long long v;
    if (!unsigned_converter(obj, ULONG_MAX, &v))
        return 0;
    *(unsigned long *)ptr = (unsigned long)v;
    return 1;
}

int
_PyLong_UnsignedLongLong_Converter(PyObject *obj, void *ptr)
{
    unsigned long long v;
    if (!unsigned_converter(obj, ULLONG_MAX, &v))
        return 0;
    *(unsigned long long *)ptr = v;
    return 1;
}

int
_PyLong_Size_t_Converter(PyObject *obj, void *ptr)
{
    unsigned long long v;
    if (!unsigned_converter(obj, (unsigned long long)SIZE_MAX, &v))
        return 0;
    *(size_t *)ptr = (size_t)v;
    return 1;
}

int
PyObject_AsFileDescriptor(PyObject *o)
{
    long fd;
    if (PyLong_Check(o)) {
        fd = PyLong_AsLong(o);
    }
    else {
        PyObject *meth = PyObject_GetAttrString(o, "fileno");
        if (meth == NULL) {
            PyErr_Clear();
            PyErr_SetString(PyExc_TypeError, "argument must be an int, or have a fileno() method.");
            return -1;
        }
        PyObject *r = PyObject_CallNoArgs(meth);
        Py_DECREF(meth);
        if (r == NULL)
            return -1;
        if (!PyLong_Check(r)) {
            PyErr_SetString(PyExc_TypeError, "fileno() returned a non-integer");
            Py_DECREF(r);
            return -1;
        }
        fd = PyLong_AsLong(r);
        Py_DECREF(r);
    }
    if (fd == -1 && PyErr_Occurred())
        return -1;
    if (fd < 0) {
        PyErr_Format(PyExc_ValueError, "file descriptor cannot be a negative integer (%i)", (int)fd);
        return -1;
    }
    if (fd > INT_MAX) {
        PyErr_SetString(PyExc_OverflowError, "file descriptor would overflow C int");
        return -1;
    }
    return (int)fd;
}

int
_PyLong_FileDescriptor_Converter(PyObject *o, void *ptr)
{
    int fd = PyObject_AsFileDescriptor(o);
    if (fd == -1)
        return 0;
    *(int *)ptr = fd;
    return 1;
}

int
PySys_Audit(const char *event, const char *format, ...)
{
    (void)event;
    (void)format;
    return 0;
}

int
PyUnicode_FSConverter(PyObject *obj, void *result)
{
    PyObject **out = result;
    if (obj == NULL) {
        Py_CLEAR(*out);
        return 1;
    }
    PyObject *b;
    if (PyBytes_Check(obj)) {
        b = Py_NewRef(obj);
    }
    else if (PyUnicode_Check(obj)) {
        b = PyUnicode_EncodeFSDefault(obj);
        if (b == NULL)
            return 0;
    }
    else {
        PyErr_Format(PyExc_TypeError, "expected str, bytes or os.PathLike object, not %.200s", Py_TYPE(obj)->tp_name);
        return 0;
    }
    if ((Py_ssize_t)strlen(PyBytes_AsString(b)) != PyBytes_Size(b)) {
        PyErr_SetString(PyExc_ValueError, "embedded null byte");
        Py_DECREF(b);
        return 0;
    }
    *out = b;
    return Py_CLEANUP_SUPPORTED;
}

int
PyUnicode_FSDecoder(PyObject *obj, void *result)
{
    PyObject **out = result;
    if (obj == NULL) {
        Py_CLEAR(*out);
        return 1;
    }
    PyObject *s;
    if (PyUnicode_Check(obj)) {
        s = Py_NewRef(obj);
    }
    else if (PyBytes_Check(obj)) {
        s = PyUnicode_DecodeFSDefaultAndSize(PyBytes_AsString(obj), PyBytes_Size(obj));
        if (s == NULL)
            return 0;
    }
    else {
        PyErr_Format(PyExc_TypeError, "path should be string, bytes, or os.PathLike, not %.200s", Py_TYPE(obj)->tp_name);
        return 0;
    }
    *out = s;
    return Py_CLEANUP_SUPPORTED;
}
