/* Static types inheriting from static types: tp_base chains (a C base and a
 * C derived type extending its struct), slot and method inheritance,
 * overriding one slot, PyType_IsSubtype, PyObject_TypeCheck, tp_mro, a
 * static type deriving from a built-in (int) with the LONG_SUBCLASS flag
 * set by PyType_Ready, and Python classes deriving from the C subtype. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

typedef struct {
    PyObject_HEAD
    long a;
} BaseObject;

typedef struct {
    BaseObject base;
    long b;
} DerivedObject;

static PyTypeObject Base_Type, Derived_Type;

static int
base_init(PyObject *self, PyObject *args, PyObject *kwargs)
{
    long a = 0;
    if (!PyArg_ParseTuple(args, "|l", &a))
        return -1;
    ((BaseObject *)self)->a = a;
    return 0;
}

static PyObject *
base_repr(PyObject *self)
{
    return PyUnicode_FromFormat("<%s a=%ld>", Py_TYPE(self)->tp_name, ((BaseObject *)self)->a);
}

static PyObject *
base_describe(PyObject *self, PyObject *unused)
{
    return PyUnicode_FromString("Base.describe");
}

static PyObject *
base_get_a(PyObject *self, PyObject *unused)
{
    return PyLong_FromLong(((BaseObject *)self)->a);
}

static Py_hash_t
base_hash(PyObject *self)
{
    return 1000 + ((BaseObject *)self)->a;
}

static PyMethodDef base_methods[] = {
    {"describe", base_describe, METH_NOARGS, NULL},
    {"get_a", base_get_a, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static PyTypeObject Base_Type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "type_inherit.Base",
    .tp_basicsize = sizeof(BaseObject),
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
    .tp_new = PyType_GenericNew,
    .tp_init = base_init,
    .tp_repr = base_repr,
    .tp_hash = base_hash,
    .tp_methods = base_methods,
};

static int
derived_init(PyObject *self, PyObject *args, PyObject *kwargs)
{
    long a = 0, b = 0;
    if (!PyArg_ParseTuple(args, "|ll", &a, &b))
        return -1;
    ((BaseObject *)self)->a = a;
    ((DerivedObject *)self)->b = b;
    return 0;
}

static PyObject *
derived_describe(PyObject *self, PyObject *unused)
{
    return PyUnicode_FromFormat("Derived.describe b=%ld", ((DerivedObject *)self)->b);
}

static PyMethodDef derived_methods[] = {
    {"describe", derived_describe, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static PyTypeObject Derived_Type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "type_inherit.Derived",
    .tp_basicsize = sizeof(DerivedObject),
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
    .tp_base = &Base_Type,
    .tp_init = derived_init,
    .tp_methods = derived_methods,
};

static PyObject *
myint_double(PyObject *self, PyObject *unused)
{
    return PyNumber_Multiply(self, self);
}

static PyMethodDef myint_methods[] = {
    {"square", myint_double, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static PyTypeObject MyInt_Type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "type_inherit.MyInt",
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
    .tp_methods = myint_methods,
};

static PyObject *
relations(PyObject *self, PyObject *o)
{
    return Py_BuildValue("(iiiii)", PyObject_TypeCheck(o, &Base_Type), PyObject_TypeCheck(o, &Derived_Type),
                         PyLong_Check(o), PyLong_CheckExact(o),
                         PyType_IsSubtype(Py_TYPE(o), &Base_Type));
}

static PyObject *
mro_names(PyObject *self, PyObject *tp)
{
    PyObject *mro = ((PyTypeObject *)tp)->tp_mro;
    Py_ssize_t n = PyTuple_GET_SIZE(mro);
    PyObject *out = PyList_New(n);
    for (Py_ssize_t i = 0; i < n; i++)
        PyList_SET_ITEM(out, i, PyUnicode_FromString(((PyTypeObject *)PyTuple_GET_ITEM(mro, i))->tp_name));
    return Py_BuildValue("(Ni)", out, ((PyTypeObject *)tp)->tp_base == &Base_Type);
}

static PyMethodDef methods[] = {
    {"relations", relations, METH_O, NULL},
    {"mro_names", mro_names, METH_O, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "type_inherit",
    .m_size = -1,
    .m_methods = methods,
};

PyMODINIT_FUNC
PyInit_type_inherit(void)
{
    MyInt_Type.tp_base = &PyLong_Type;
    if (PyType_Ready(&Base_Type) < 0 || PyType_Ready(&Derived_Type) < 0 || PyType_Ready(&MyInt_Type) < 0)
        return NULL;
    PyObject *m = PyModule_Create(&module);
    if (m == NULL)
        return NULL;
    if (PyModule_AddObjectRef(m, "Base", (PyObject *)&Base_Type) < 0 ||
        PyModule_AddObjectRef(m, "Derived", (PyObject *)&Derived_Type) < 0 ||
        PyModule_AddObjectRef(m, "MyInt", (PyObject *)&MyInt_Type) < 0 ||
        PyModule_AddIntConstant(m, "long_subclass_flag",
                                PyType_HasFeature(&MyInt_Type, Py_TPFLAGS_LONG_SUBCLASS)) < 0)
        return NULL;
    return m;
}
