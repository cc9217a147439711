/* Encoding and decoding from C: PyUnicode_Decode/AsEncodedString with error
 * handlers, the UTF-8/Latin-1/ASCII/UTF-16/UTF-32 shortcuts, stateful UTF-8
 * decoding, FSConverter/FSDecoder, PyCodec_Encode/Decode/KnownEncoding,
 * PyCodec_LookupError and UnicodeError object accessors. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

static PyObject *
decode(PyObject *self, PyObject *args)
{
    const char *s, *enc, *errors = NULL;
    Py_ssize_t n;
    if (!PyArg_ParseTuple(args, "y#s|z", &s, &n, &enc, &errors))
        return NULL;
    return PyUnicode_Decode(s, n, enc, errors);
}

static PyObject *
encode(PyObject *self, PyObject *args)
{
    PyObject *u;
    const char *enc, *errors = NULL;
    if (!PyArg_ParseTuple(args, "Us|z", &u, &enc, &errors))
        return NULL;
    return PyUnicode_AsEncodedString(u, enc, errors);
}

static PyObject *
shortcuts(PyObject *self, PyObject *u)
{
    return Py_BuildValue("(NNNNN)", PyUnicode_AsUTF8String(u), PyUnicode_AsLatin1String(u),
                         PyUnicode_AsASCIIString(u), PyUnicode_AsUTF16String(u),
                         PyUnicode_AsUTF32String(u));
}

static PyObject *
decode_shortcuts(PyObject *self, PyObject *args)
{
    const char *s;
    Py_ssize_t n;
    if (!PyArg_ParseTuple(args, "y#", &s, &n))
        return NULL;
    int order = 1;
    PyObject *le16 = PyUnicode_DecodeUTF16(s, n & ~1, "replace", &order);
    return Py_BuildValue("(NNNNi)", PyUnicode_DecodeUTF8(s, n, "replace"),
                         PyUnicode_DecodeLatin1(s, n, NULL), PyUnicode_DecodeASCII(s, n, "ignore"), le16,
                         order);
}

static PyObject *
utf8_stateful(PyObject *self, PyObject *args)
{
    const char *s;
    Py_ssize_t n, consumed = -1;
    if (!PyArg_ParseTuple(args, "y#", &s, &n))
        return NULL;
    PyObject *u = PyUnicode_DecodeUTF8Stateful(s, n, "strict", &consumed);
    if (u == NULL)
        return NULL;
    return Py_BuildValue("(Nn)", u, consumed);
}

static PyObject *
fs(PyObject *self, PyObject *o)
{
    PyObject *b = NULL, *u = NULL;
    if (!PyUnicode_FSConverter(o, &b))
        return NULL;
    if (!PyUnicode_FSDecoder(o, &u)) {
        Py_DECREF(b);
        return NULL;
    }
    return Py_BuildValue("(NNN)", b, u, PyUnicode_EncodeFSDefault(u));
}

static PyObject *
codec(PyObject *self, PyObject *args)
{
    PyObject *o;
    const char *enc;
    if (!PyArg_ParseTuple(args, "Os", &o, &enc))
        return NULL;
    PyObject *e = PyCodec_Encode(o, enc, "strict");
    if (e == NULL)
        return NULL;
    PyObject *d = PyCodec_Decode(e, enc, "strict");
    return Py_BuildValue("(NNi)", e, d, PyCodec_KnownEncoding(enc));
}

static PyObject *
error_handler(PyObject *self, PyObject *name)
{
    PyObject *h = PyCodec_LookupError(PyUnicode_AsUTF8(name));
    if (h == NULL)
        return NULL;
    PyObject *exc = PyObject_CallFunction(PyExc_UnicodeEncodeError, "ssnns", "ascii",
                                          "a\xe2\x82\xac\xe2\x82\xac" "b", (Py_ssize_t)1, (Py_ssize_t)3, "nope");
    if (exc == NULL) {
        Py_DECREF(h);
        return NULL;
    }
    PyObject *r = PyObject_CallOneArg(h, exc);
    Py_ssize_t start = -1, end = -1;
    PyUnicodeEncodeError_GetStart(exc, &start);
    PyUnicodeEncodeError_GetEnd(exc, &end);
    PyObject *reason = PyUnicodeEncodeError_GetReason(exc);
    PyObject *out = r ? Py_BuildValue("(NnnN)", r, start, end, reason) : NULL;
    if (r == NULL)
        Py_XDECREF(reason);
    Py_DECREF(h);
    Py_DECREF(exc);
    return out;
}

static PyObject *
decode_error(PyObject *self, PyObject *unused)
{
    PyObject *exc = PyUnicodeDecodeError_Create("utf-8", "ab\xff", 3, 2, 3, "invalid start byte");
    if (exc == NULL)
        return NULL;
    PyObject *obj = PyUnicodeDecodeError_GetObject(exc);
    PyObject *enc = PyUnicodeDecodeError_GetEncoding(exc);
    PyUnicodeDecodeError_SetStart(exc, 1);
    PyObject *r = Py_BuildValue("(NNNs)", exc, obj, enc, Py_TYPE(exc)->tp_name);
    return r;
}

static PyMethodDef methods[] = {
    {"decode", decode, METH_VARARGS, NULL},
    {"encode", encode, METH_VARARGS, NULL},
    {"shortcuts", shortcuts, METH_O, NULL},
    {"decode_shortcuts", decode_shortcuts, METH_VARARGS, NULL},
    {"utf8_stateful", utf8_stateful, METH_VARARGS, NULL},
    {"fs", fs, METH_O, NULL},
    {"codec", codec, METH_VARARGS, NULL},
    {"error_handler", error_handler, METH_O, NULL},
    {"decode_error", decode_error, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "codecs_capi",
    .m_size = -1,
    .m_methods = methods,
};

PyMODINIT_FUNC
PyInit_codecs_capi(void)
{
    return PyModule_Create(&module);
}
