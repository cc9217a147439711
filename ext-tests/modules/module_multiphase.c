/* Multi-phase module init: Py_mod_create returning a module subclass
 * instance, two Py_mod_exec slots run in order, per-module state with
 * m_traverse/m_clear/m_free, PyModule_GetState/GetDef/GetName(Object)/
 * GetDict/GetFilenameObject, PyModule_Add* (Object, ObjectRef, IntConstant,
 * StringConstant, IntMacro/StringMacro, Type), PyModule_SetDocString,
 * PyModule_NewObject, and PyState_FindModule's single-phase absence. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

#define ANSWER 42
#define GREETING "hello"

typedef struct {
    long counter;
    PyObject *registry;
} State;

static PyObject *
create(PyObject *spec, PyModuleDef *def)
{
    PyObject *name = PyObject_GetAttrString(spec, "name");
    if (name == NULL)
        return NULL;
    PyObject *m = PyModule_NewObject(name);
    Py_DECREF(name);
    if (m == NULL)
        return NULL;
    if (PyModule_AddStringConstant(m, "created_by", "Py_mod_create") < 0) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}

static int
exec_first(PyObject *m)
{
    State *st = PyModule_GetState(m);
    st->counter = 100;
    st->registry = PyList_New(0);
    if (st->registry == NULL)
        return -1;
    if (PyModule_AddIntConstant(m, "first_ran", 1) < 0)
        return -1;
    if (PyModule_AddIntMacro(m, ANSWER) < 0 || PyModule_AddStringMacro(m, GREETING) < 0)
        return -1;
    PyObject *obj = PyUnicode_FromString("added with AddObject");
    if (PyModule_AddObject(m, "obj", obj) < 0) {
        Py_DECREF(obj);
        return -1;
    }
    if (PyModule_AddObjectRef(m, "registry", st->registry) < 0)
        return -1;
    return PyModule_AddType(m, &PyBool_Type) < 0 ? -1 : 0;
}

static int
exec_second(PyObject *m)
{
    PyObject *first = PyObject_GetAttrString(m, "first_ran");
    if (first == NULL)
        return -1;
    int r = PyModule_AddObjectRef(m, "second_saw_first", first);
    Py_DECREF(first);
    if (r < 0)
        return -1;
    return PyModule_SetDocString(m, "Set by the second exec slot.");
}

static PyObject *
bump(PyObject *m, PyObject *unused)
{
    State *st = PyModule_GetState(m);
    st->counter++;
    return PyLong_FromLong(st->counter);
}

static PyObject *
introspect(PyObject *m, PyObject *unused)
{
    PyModuleDef *def = PyModule_GetDef(m);
    PyObject *dict = PyModule_GetDict(m);
    PyObject *fname = PyModule_GetFilenameObject(m);
    if (fname == NULL)
        PyErr_Clear();
    PyObject *r = Py_BuildValue("(ssNiOn)", def->m_name, PyModule_GetName(m), PyModule_GetNameObject(m),
                                PyDict_Check(dict), fname ? Py_True : Py_False, def->m_size);
    Py_XDECREF(fname);
    return r;
}

static PyObject *
find_self(PyObject *m, PyObject *unused)
{
    PyObject *found = PyState_FindModule(PyModule_GetDef(m));
    return PyBool_FromLong(found != NULL);
}

static int
traverse(PyObject *m, visitproc visit, void *arg)
{
    State *st = PyModule_GetState(m);
    if (st)
        Py_VISIT(st->registry);
    return 0;
}

static int
clear(PyObject *m)
{
    State *st = PyModule_GetState(m);
    if (st)
        Py_CLEAR(st->registry);
    return 0;
}

static PyMethodDef methods[] = {
    {"bump", bump, METH_NOARGS, NULL},
    {"introspect", introspect, METH_NOARGS, NULL},
    {"find_self", find_self, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static PyModuleDef_Slot slots[] = {
    {Py_mod_create, create},
    {Py_mod_exec, exec_first},
    {Py_mod_exec, exec_second},
    {0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "module_multiphase",
    .m_doc = "initial doc",
    .m_size = sizeof(State),
    .m_methods = methods,
    .m_slots = slots,
    .m_traverse = traverse,
    .m_clear = clear,
};

PyMODINIT_FUNC
PyInit_module_multiphase(void)
{
    return PyModuleDef_Init(&module);
}
