/* Python subclasses of a C type overriding special methods, observed from C
 * through the type's slots: tp_repr, tp_str, tp_hash, tp_richcompare,
 * tp_call, tp_iter, nb_add, sq_length, mp_subscript, tp_getattro and tp_init
 * of the subclass are reached by calling the slot pointers directly, and the
 * C base's own slots still run for methods the subclass leaves alone. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

typedef struct {
    PyObject_HEAD
    long v;
} BaseObject;

static PyObject *
base_repr(PyObject *self)
{
    return PyUnicode_FromFormat("Base(%ld)", ((BaseObject *)self)->v);
}

static Py_ssize_t
base_length(PyObject *self)
{
    return ((BaseObject *)self)->v;
}

static PyObject *
base_add(PyObject *a, PyObject *b)
{
    return PyUnicode_FromString("Base.nb_add");
}

static int
base_init(PyObject *self, PyObject *args, PyObject *kwargs)
{
    long v = 0;
    if (!PyArg_ParseTuple(args, "|l", &v))
        return -1;
    ((BaseObject *)self)->v = v;
    return 0;
}

static PyNumberMethods base_as_number = {.nb_add = base_add};
static PySequenceMethods base_as_sequence = {.sq_length = base_length};

static PyTypeObject Base_Type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "subclass_slots.Base",
    .tp_basicsize = sizeof(BaseObject),
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
    .tp_new = PyType_GenericNew,
    .tp_init = base_init,
    .tp_repr = base_repr,
    .tp_as_number = &base_as_number,
    .tp_as_sequence = &base_as_sequence,
};

static PyObject *
err_or(PyObject *r)
{
    if (r)
        return r;
    PyObject *t, *v, *tb;
    PyErr_Fetch(&t, &v, &tb);
    PyErr_NormalizeException(&t, &v, &tb);
    PyObject *s = PyUnicode_FromFormat("%s: %S", ((PyTypeObject *)t)->tp_name, v);
    Py_XDECREF(t);
    Py_XDECREF(v);
    Py_XDECREF(tb);
    return s;
}

static PyObject *
through_slots(PyObject *self, PyObject *o)
{
    PyTypeObject *tp = Py_TYPE(o);
    PyObject *out = PyDict_New();
#define PUT(name, expr)                              \
    do {                                             \
        PyObject *v_ = err_or(expr);                 \
        PyDict_SetItemString(out, name, v_);         \
        Py_DECREF(v_);                               \
    } while (0)
    PUT("repr", tp->tp_repr ? tp->tp_repr(o) : PyUnicode_FromString("no slot"));
    PUT("str", tp->tp_str ? tp->tp_str(o) : PyUnicode_FromString("no slot"));
    if (tp->tp_hash) {
        Py_hash_t h = tp->tp_hash(o);
        PUT("hash", h == -1 && PyErr_Occurred() ? NULL : PyLong_FromSsize_t(h));
    }
    PUT("richcompare", tp->tp_richcompare ? tp->tp_richcompare(o, Py_None, Py_EQ) : PyUnicode_FromString("no slot"));
    if (tp->tp_call) {
        PyObject *args = Py_BuildValue("(i)", 1);
        PUT("call", tp->tp_call(o, args, NULL));
        Py_DECREF(args);
    }
    else
        PUT("call", PyUnicode_FromString("no slot"));
    if (tp->tp_iter) {
        PyObject *it = tp->tp_iter(o);
        PUT("iter", it ? PySequence_List(it) : NULL);
        Py_XDECREF(it);
    }
    else
        PUT("iter", PyUnicode_FromString("no slot"));
    PUT("nb_add", tp->tp_as_number && tp->tp_as_number->nb_add ? tp->tp_as_number->nb_add(o, o)
                                                               : PyUnicode_FromString("no slot"));
    if (tp->tp_as_sequence && tp->tp_as_sequence->sq_length) {
        Py_ssize_t n = tp->tp_as_sequence->sq_length(o);
        PUT("sq_length", n == -1 && PyErr_Occurred() ? NULL : PyLong_FromSsize_t(n));
    }
    PUT("mp_subscript", tp->tp_as_mapping && tp->tp_as_mapping->mp_subscript
                            ? tp->tp_as_mapping->mp_subscript(o, Py_None)
                            : PyUnicode_FromString("no slot"));
    PyObject *name = PyUnicode_FromString("dynamic_attr");
    PUT("getattro", tp->tp_getattro(o, name));
    Py_DECREF(name);
    if (tp->tp_init) {
        PyObject *args = Py_BuildValue("(i)", 77);
        int r = tp->tp_init(o, args, NULL);
        Py_DECREF(args);
        PUT("init", r < 0 ? NULL : PyLong_FromLong(((BaseObject *)o)->v));
    }
#undef PUT
    return out;
}

static PyMethodDef methods[] = {
    {"through_slots", through_slots, METH_O, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "subclass_slots",
    .m_size = -1,
    .m_methods = methods,
};

PyMODINIT_FUNC
PyInit_subclass_slots(void)
{
    if (PyType_Ready(&Base_Type) < 0)
        return NULL;
    PyObject *m = PyModule_Create(&module);
    if (m == NULL)
        return NULL;
    if (PyModule_AddObjectRef(m, "Base", (PyObject *)&Base_Type) < 0)
        return NULL;
    return m;
}
