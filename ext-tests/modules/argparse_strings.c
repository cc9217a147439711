/* PyArg_ParseTuple text, bytes, buffer and object units: s s# z z# y y#
 * s* z* y* w* S Y U O O! O& es et es# et#, and the buffers' release. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

static PyObject *
p_s(PyObject *self, PyObject *args)
{
    const char *s;
    if (!PyArg_ParseTuple(args, "s", &s))
        return NULL;
    return PyBytes_FromString(s);
}

static PyObject *
p_s_hash(PyObject *self, PyObject *args)
{
    const char *s;
    Py_ssize_t n;
    if (!PyArg_ParseTuple(args, "s#", &s, &n))
        return NULL;
    return Py_BuildValue("(y#n)", s, n, n);
}

static PyObject *
p_z(PyObject *self, PyObject *args)
{
    const char *s = "unset";
    if (!PyArg_ParseTuple(args, "z", &s))
        return NULL;
    if (s == NULL)
        return PyUnicode_FromString("NULL");
    return PyBytes_FromString(s);
}

static PyObject *
p_z_hash(PyObject *self, PyObject *args)
{
    const char *s;
    Py_ssize_t n = -5;
    if (!PyArg_ParseTuple(args, "z#", &s, &n))
        return NULL;
    if (s == NULL)
        return Py_BuildValue("(sn)", "NULL", n);
    return Py_BuildValue("(y#n)", s, n, n);
}

static PyObject *
p_y(PyObject *self, PyObject *args)
{
    const char *s;
    if (!PyArg_ParseTuple(args, "y", &s))
        return NULL;
    return PyBytes_FromString(s);
}

static PyObject *
p_y_hash(PyObject *self, PyObject *args)
{
    const char *s;
    Py_ssize_t n;
    if (!PyArg_ParseTuple(args, "y#", &s, &n))
        return NULL;
    return PyBytes_FromStringAndSize(s, n);
}

static PyObject *
describe_buffer(Py_buffer *view)
{
    PyObject *r = Py_BuildValue("(y#niO)", (const char *)view->buf, view->len, view->len,
                                view->readonly, view->obj ? Py_True : Py_False);
    PyBuffer_Release(view);
    return r;
}

static PyObject *
p_s_star(PyObject *self, PyObject *args)
{
    Py_buffer view;
    if (!PyArg_ParseTuple(args, "s*", &view))
        return NULL;
    return describe_buffer(&view);
}

static PyObject *
p_z_star(PyObject *self, PyObject *args)
{
    Py_buffer view;
    if (!PyArg_ParseTuple(args, "z*", &view))
        return NULL;
    if (view.buf == NULL)
        return PyUnicode_FromString("NULL buffer");
    return describe_buffer(&view);
}

static PyObject *
p_y_star(PyObject *self, PyObject *args)
{
    Py_buffer view;
    if (!PyArg_ParseTuple(args, "y*", &view))
        return NULL;
    return describe_buffer(&view);
}

static PyObject *
p_w_star(PyObject *self, PyObject *args)
{
    Py_buffer view;
    if (!PyArg_ParseTuple(args, "w*", &view))
        return NULL;
    if (view.len > 0)
        ((char *)view.buf)[0] = 'W';
    return describe_buffer(&view);
}

static PyObject *
p_S(PyObject *self, PyObject *args)
{
    PyObject *o;
    if (!PyArg_ParseTuple(args, "S", &o))
        return NULL;
    return Py_NewRef(o);
}

static PyObject *
p_Y(PyObject *self, PyObject *args)
{
    PyObject *o;
    if (!PyArg_ParseTuple(args, "Y", &o))
        return NULL;
    return Py_NewRef(o);
}

static PyObject *
p_U(PyObject *self, PyObject *args)
{
    PyObject *o;
    if (!PyArg_ParseTuple(args, "U", &o))
        return NULL;
    return Py_NewRef(o);
}

static PyObject *
p_O_bang(PyObject *self, PyObject *args)
{
    PyObject *o;
    if (!PyArg_ParseTuple(args, "O!", &PyList_Type, &o))
        return NULL;
    return PyLong_FromSsize_t(PyList_GET_SIZE(o));
}

static int
to_upper_str(PyObject *o, void *out)
{
    if (!PyUnicode_Check(o)) {
        PyErr_Format(PyExc_TypeError, "converter wants str, got %.50s", Py_TYPE(o)->tp_name);
        return 0;
    }
    PyObject *r = PyObject_CallMethod(o, "upper", NULL);
    if (r == NULL)
        return 0;
    *(PyObject **)out = r;
    return 1;
}

static PyObject *
p_O_amp(PyObject *self, PyObject *args)
{
    PyObject *a, *b = NULL;
    if (!PyArg_ParseTuple(args, "O&|O&", to_upper_str, &a, to_upper_str, &b))
        return NULL;
    if (b == NULL)
        return Py_BuildValue("(N)", a);
    return Py_BuildValue("(NN)", a, b);
}

static PyObject *
p_es(PyObject *self, PyObject *args)
{
    char *s = NULL;
    if (!PyArg_ParseTuple(args, "es", "latin-1", &s))
        return NULL;
    PyObject *r = PyBytes_FromString(s);
    PyMem_Free(s);
    return r;
}

static PyObject *
p_et(PyObject *self, PyObject *args)
{
    char *s = NULL;
    if (!PyArg_ParseTuple(args, "et", "utf-8", &s))
        return NULL;
    PyObject *r = PyBytes_FromString(s);
    PyMem_Free(s);
    return r;
}

static PyObject *
p_es_hash_alloc(PyObject *self, PyObject *args)
{
    char *s = NULL;
    Py_ssize_t n = 0;
    if (!PyArg_ParseTuple(args, "es#", "utf-16-le", &s, &n))
        return NULL;
    PyObject *r = Py_BuildValue("(y#n)", s, n, n);
    PyMem_Free(s);
    return r;
}

static PyObject *
p_et_hash_fixed(PyObject *self, PyObject *args)
{
    char storage[8];
    char *s = storage;
    Py_ssize_t n = sizeof(storage);
    if (!PyArg_ParseTuple(args, "et#", "ascii", &s, &n))
        return NULL;
    return Py_BuildValue("(y#nO)", s, n, n, s == storage ? Py_True : Py_False);
}

static PyObject *
p_parse_single(PyObject *self, PyObject *arg)
{
    int v;
    if (!PyArg_Parse(arg, "i", &v))
        return NULL;
    return PyLong_FromLong(v * 2);
}

static PyObject *
p_unpack(PyObject *self, PyObject *args)
{
    PyObject *a, *b = NULL, *c = NULL;
    if (!PyArg_UnpackTuple(args, "unpack", 1, 3, &a, &b, &c))
        return NULL;
    return Py_BuildValue("(OOO)", a, b ? b : Py_None, c ? c : Py_None);
}

static PyMethodDef methods[] = {
    {"s", p_s, METH_VARARGS, NULL},
    {"s_hash", p_s_hash, METH_VARARGS, NULL},
    {"z", p_z, METH_VARARGS, NULL},
    {"z_hash", p_z_hash, METH_VARARGS, NULL},
    {"y", p_y, METH_VARARGS, NULL},
    {"y_hash", p_y_hash, METH_VARARGS, NULL},
    {"s_star", p_s_star, METH_VARARGS, NULL},
    {"z_star", p_z_star, METH_VARARGS, NULL},
    {"y_star", p_y_star, METH_VARARGS, NULL},
    {"w_star", p_w_star, METH_VARARGS, NULL},
    {"S", p_S, METH_VARARGS, NULL},
    {"Y", p_Y, METH_VARARGS, NULL},
    {"U", p_U, METH_VARARGS, NULL},
    {"O_bang", p_O_bang, METH_VARARGS, NULL},
    {"O_amp", p_O_amp, METH_VARARGS, NULL},
    {"es", p_es, METH_VARARGS, NULL},
    {"et", p_et, METH_VARARGS, NULL},
    {"es_hash_alloc", p_es_hash_alloc, METH_VARARGS, NULL},
    {"et_hash_fixed", p_et_hash_fixed, METH_VARARGS, NULL},
    {"parse_single", p_parse_single, METH_O, NULL},
    {"unpack", p_unpack, METH_VARARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "argparse_strings",
    .m_size = -1,
    .m_methods = methods,
};

PyMODINIT_FUNC
PyInit_argparse_strings(void)
{
    return PyModule_Create(&module);
}
