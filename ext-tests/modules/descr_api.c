/* Descriptors made from C and inspected from Python: PyDescr_NewMethod,
 * NewClassMethod, NewMember, NewGetSet installed into a type's dict after
 * PyType_Ready (with PyType_Modified), PyDescr_IsData, PyObject_GenericGetAttr
 * / GenericSetAttr finding them, and PyDictProxy_New views of a dict. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <structmember.h>

typedef struct {
    PyObject_HEAD
    long value;
} HostObject;

static PyObject *
host_add(PyObject *self, PyObject *arg)
{
    long v = PyLong_AsLong(arg);
    if (v == -1 && PyErr_Occurred())
        return NULL;
    return PyLong_FromLong(((HostObject *)self)->value + v);
}

static PyObject *
host_make(PyObject *cls, PyObject *arg)
{
    PyObject *o = PyObject_CallNoArgs(cls);
    if (o == NULL)
        return NULL;
    ((HostObject *)o)->value = PyLong_AsLong(arg);
    return o;
}

static PyObject *
host_get_double(PyObject *self, void *closure)
{
    return PyLong_FromLong(((HostObject *)self)->value * 2);
}

static PyMethodDef add_def = {"add", host_add, METH_O, "add to value"};
static PyMethodDef make_def = {"make", host_make, METH_O | METH_CLASS, "alternate constructor"};
static PyMemberDef value_def = {"value", T_LONG, offsetof(HostObject, value), 0, "the value"};
static PyGetSetDef double_def = {"double", host_get_double, NULL, "twice the value", NULL};

static PyTypeObject Host_Type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "descr_api.Host",
    .tp_basicsize = sizeof(HostObject),
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_new = PyType_GenericNew,
};

static int
install(const char *name, PyObject *descr)
{
    if (descr == NULL)
        return -1;
    int r = PyDict_SetItemString(Host_Type.tp_dict, name, descr);
    Py_DECREF(descr);
    return r;
}

static PyObject *
is_data(PyObject *self, PyObject *name)
{
    PyObject *d = PyDict_GetItemWithError(Host_Type.tp_dict, name);
    if (d == NULL)
        return PyErr_Occurred() ? NULL : Py_NewRef(Py_None);
    return PyBool_FromLong(PyDescr_IsData(d));
}

static PyObject *
generic(PyObject *self, PyObject *args)
{
    PyObject *o, *name, *value = NULL;
    if (!PyArg_ParseTuple(args, "OU|O", &o, &name, &value))
        return NULL;
    if (value != NULL && PyObject_GenericSetAttr(o, name, value) < 0)
        return NULL;
    return PyObject_GenericGetAttr(o, name);
}

static PyObject *
proxy(PyObject *self, PyObject *d)
{
    return PyDictProxy_New(d);
}

static PyMethodDef methods[] = {
    {"is_data", is_data, METH_O, NULL},
    {"generic", generic, METH_VARARGS, NULL},
    {"proxy", proxy, METH_O, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "descr_api",
    .m_size = -1,
    .m_methods = methods,
};

PyMODINIT_FUNC
PyInit_descr_api(void)
{
    if (PyType_Ready(&Host_Type) < 0)
        return NULL;
    if (install("add", PyDescr_NewMethod(&Host_Type, &add_def)) < 0 ||
        install("make", PyDescr_NewClassMethod(&Host_Type, &make_def)) < 0 ||
        install("value", PyDescr_NewMember(&Host_Type, &value_def)) < 0 ||
        install("double", PyDescr_NewGetSet(&Host_Type, &double_def)) < 0)
        return NULL;
    PyType_Modified(&Host_Type);
    PyObject *m = PyModule_Create(&module);
    if (m == NULL)
        return NULL;
    if (PyModule_AddObjectRef(m, "Host", (PyObject *)&Host_Type) < 0)
        return NULL;
    return m;
}
