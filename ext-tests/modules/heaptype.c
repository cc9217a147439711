/* Multi-phase init (PEP 489) with module state, and a heap type from
 * PyType_FromModuleAndSpec that reaches the state through its module. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <structmember.h>

typedef struct {
    long counter;
    PyObject *Counter;
} module_state;

static struct PyModuleDef module;

typedef struct {
    PyObject_HEAD
    long start;
    long freed_marker;
} CounterObject;

static long freed = 0;

static PyObject *
counter_new(PyTypeObject *type, PyObject *args, PyObject *kwargs)
{
    long start = 0;
    if (!PyArg_ParseTuple(args, "|l:Counter", &start))
        return NULL;
    CounterObject *self = (CounterObject *)type->tp_alloc(type, 0);
    if (self == NULL)
        return NULL;
    self->start = start;
    return (PyObject *)self;
}

static void
counter_dealloc(CounterObject *self)
{
    PyTypeObject *tp = Py_TYPE(self);
    freed++;
    tp->tp_free((PyObject *)self);
    Py_DECREF(tp);
}

static PyObject *
counter_next_value(CounterObject *self, PyObject *unused)
{
    PyObject *m = PyType_GetModuleByDef(Py_TYPE(self), &module);
    if (m == NULL)
        return NULL;
    module_state *st = PyModule_GetState(m);
    st->counter++;
    return PyLong_FromLong(self->start + st->counter);
}

static PyObject *
counter_repr(CounterObject *self)
{
    return PyUnicode_FromFormat("<Counter from %ld>", self->start);
}

static PyMethodDef counter_methods[] = {
    {"next_value", (PyCFunction)counter_next_value, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static PyMemberDef counter_members[] = {
    {"start", T_LONG, offsetof(CounterObject, start), READONLY, NULL},
    {NULL, 0, 0, 0, NULL},
};

static PyType_Slot counter_slots[] = {
    {Py_tp_new, counter_new},
    {Py_tp_dealloc, counter_dealloc},
    {Py_tp_repr, counter_repr},
    {Py_tp_methods, counter_methods},
    {Py_tp_members, counter_members},
    {Py_tp_doc, "Counts through the module state."},
    {0, NULL},
};

static PyType_Spec counter_spec = {
    "heaptype.Counter", sizeof(CounterObject), 0, Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE, counter_slots,
};

static int
exec_module(PyObject *m)
{
    module_state *st = PyModule_GetState(m);
    st->counter = 0;
    st->Counter = PyType_FromModuleAndSpec(m, &counter_spec, NULL);
    if (st->Counter == NULL)
        return -1;
    if (PyModule_AddObjectRef(m, "Counter", st->Counter) < 0)
        return -1;
    return PyModule_AddIntConstant(m, "STATE_SIZE", (long)sizeof(module_state));
}

static PyObject *
state_counter(PyObject *m, PyObject *unused)
{
    module_state *st = PyModule_GetState(m);
    return PyLong_FromLong(st->counter);
}

static PyObject *
freed_count(PyObject *m, PyObject *unused)
{
    return PyLong_FromLong(freed);
}

static PyMethodDef methods[] = {
    {"state_counter", state_counter, METH_NOARGS, NULL},
    {"freed_count", freed_count, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static PyModuleDef_Slot slots[] = {
    {Py_mod_exec, exec_module},
    {0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "heaptype", "Multi-phase init.", sizeof(module_state), methods, slots,
    NULL, NULL, NULL,
};

PyMODINIT_FUNC
PyInit_heaptype(void)
{
    return PyModuleDef_Init(&module);
}
