/* Capsules: New with and without a destructor (the destructor runs when the
 * last reference goes), GetPointer with the right/wrong/NULL name, names,
 * context, SetPointer/SetName, IsValid, and PyCapsule_Import of a capsule
 * this module exports as an attribute. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

static int destroyed = 0;
static int payload = 1234;
static int other_payload = 5678;

static void
capsule_destructor(PyObject *cap)
{
    destroyed++;
    void *ctx = PyCapsule_GetContext(cap);
    if (ctx != NULL)
        destroyed += 100;
}

static PyObject *
make(PyObject *self, PyObject *args)
{
    const char *name = NULL;
    int with_destructor = 0;
    if (!PyArg_ParseTuple(args, "|zp", &name, &with_destructor))
        return NULL;
    /* The name must outlive the capsule: keep names static. */
    static char stored[64];
    if (name) {
        strncpy(stored, name, sizeof stored - 1);
        name = stored;
    }
    return PyCapsule_New(&payload, name, with_destructor ? capsule_destructor : NULL);
}

static PyObject *
get(PyObject *self, PyObject *args)
{
    PyObject *cap;
    const char *name = NULL;
    if (!PyArg_ParseTuple(args, "O|z", &cap, &name))
        return NULL;
    int *p = PyCapsule_GetPointer(cap, name);
    if (p == NULL)
        return NULL;
    return PyLong_FromLong(*p);
}

static PyObject *
info(PyObject *self, PyObject *cap)
{
    const char *name = PyCapsule_GetName(cap);
    if (name == NULL && PyErr_Occurred())
        return NULL;
    return Py_BuildValue("(ziOi)", name, PyCapsule_IsValid(cap, name), PyCapsule_CheckExact(cap) ? Py_True : Py_False,
                         PyCapsule_GetDestructor(cap) != NULL);
}

static PyObject *
mutate(PyObject *self, PyObject *cap)
{
    static int ctx_marker;
    if (PyCapsule_SetPointer(cap, &other_payload) < 0 || PyCapsule_SetName(cap, "renamed") < 0 ||
        PyCapsule_SetContext(cap, &ctx_marker) < 0 || PyCapsule_SetDestructor(cap, capsule_destructor) < 0)
        return NULL;
    int bad = PyCapsule_SetPointer(cap, NULL);
    PyErr_Clear();
    return Py_BuildValue("(ii)", *(int *)PyCapsule_GetPointer(cap, "renamed"), bad);
}

static PyObject *
destroyed_count(PyObject *self, PyObject *unused)
{
    return PyLong_FromLong(destroyed);
}

static PyObject *
import(PyObject *self, PyObject *name)
{
    int *p = PyCapsule_Import(PyUnicode_AsUTF8(name), 0);
    if (p == NULL)
        return NULL;
    return PyLong_FromLong(*p);
}

static PyObject *
null_pointer(PyObject *self, PyObject *unused)
{
    return PyCapsule_New(NULL, "x", NULL);
}

static PyMethodDef methods[] = {
    {"make", make, METH_VARARGS, NULL},
    {"get", get, METH_VARARGS, NULL},
    {"info", info, METH_O, NULL},
    {"mutate", mutate, METH_O, NULL},
    {"destroyed_count", destroyed_count, METH_NOARGS, NULL},
    {"import_", import, METH_O, NULL},
    {"null_pointer", null_pointer, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "capsule",
    .m_size = -1,
    .m_methods = methods,
};

PyMODINIT_FUNC
PyInit_capsule(void)
{
    PyObject *m = PyModule_Create(&module);
    if (m == NULL)
        return NULL;
    if (PyModule_AddObject(m, "C_API", PyCapsule_New(&other_payload, "capsule.C_API", NULL)) < 0)
        return NULL;
    return m;
}
