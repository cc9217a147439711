/* Multi-phase initialisation (PEP 489) with per-module state and a heap
 * type created by PyType_FromModuleAndSpec, whose methods receive their
 * defining class (METH_METHOD | METH_FASTCALL | METH_KEYWORDS). */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <structmember.h>

typedef struct {
    PyTypeObject *counter_type;
    PyObject *default_step;
    long created;
} module_state;

typedef struct {
    PyObject_HEAD
    long value;
    long step;
    PyObject *dict;
} CounterObject;

static module_state *
state_of_module(PyObject *module)
{
    return (module_state *)PyModule_GetState(module);
}

static PyObject *
counter_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"start", "step", NULL};
    long start = 0, step = 1;
    CounterObject *self;
    module_state *state = (module_state *)PyType_GetModuleState(type);

    if (state == NULL) {
        return NULL;
    }
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "|ll", kwlist, &start, &step)) {
        return NULL;
    }
    self = (CounterObject *)PyType_GenericAlloc(type, 0);
    if (self == NULL) {
        return NULL;
    }
    self->value = start;
    self->step = step;
    state->created++;
    return (PyObject *)self;
}

static int
counter_traverse(CounterObject *self, visitproc visit, void *arg)
{
    Py_VISIT(Py_TYPE(self));
    Py_VISIT(self->dict);
    return 0;
}

static int
counter_clear(CounterObject *self)
{
    Py_CLEAR(self->dict);
    return 0;
}

static void
counter_dealloc(CounterObject *self)
{
    PyTypeObject *tp = Py_TYPE(self);
    freefunc tp_free = (freefunc)PyType_GetSlot(tp, Py_tp_free);
    PyObject_GC_UnTrack(self);
    counter_clear(self);
    tp_free(self);
    Py_DECREF(tp);
}

static PyObject *
counter_next(CounterObject *self)
{
    long v = self->value;
    self->value += self->step;
    return PyLong_FromLong(v);
}

/* advance(self, /, times=1, *, quiet=False) with the defining class. */
static PyObject *
counter_advance(CounterObject *self, PyTypeObject *defining_class,
                PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    module_state *state = (module_state *)PyType_GetModuleState(defining_class);
    Py_ssize_t nkw = kwnames ? PyTuple_GET_SIZE(kwnames) : 0;
    long times = 1;
    int quiet = 0;
    Py_ssize_t i;

    if (nargs > 1) {
        PyErr_Format(PyExc_TypeError, "advance() takes at most 1 positional argument (%zd given)",
                     nargs);
        return NULL;
    }
    if (nargs == 1) {
        times = PyLong_AsLong(args[0]);
        if (times == -1 && PyErr_Occurred()) {
            return NULL;
        }
    }
    for (i = 0; i < nkw; i++) {
        PyObject *key = PyTuple_GET_ITEM(kwnames, i);
        PyObject *value = args[nargs + i];
        if (PyUnicode_CompareWithASCIIString(key, "quiet") == 0) {
            quiet = PyObject_IsTrue(value);
            if (quiet < 0) {
                return NULL;
            }
        }
        else {
            PyErr_Format(PyExc_TypeError, "advance() got an unexpected keyword argument %R", key);
            return NULL;
        }
    }
    self->value += self->step * times;
    if (quiet) {
        Py_RETURN_NONE;
    }
    return Py_BuildValue("(lO)", self->value, state->default_step);
}

static PyMethodDef counter_methods[] = {
    {"advance", _PyCFunction_CAST(counter_advance), METH_METHOD | METH_FASTCALL | METH_KEYWORDS,
     PyDoc_STR("advance($self, /, times=1, *, quiet=False)\n--\n\nStep forward.")},
    {NULL, NULL, 0, NULL}
};

static PyMemberDef counter_members[] = {
    {"value", T_LONG, offsetof(CounterObject, value), 0, NULL},
    {"step", T_LONG, offsetof(CounterObject, step), READONLY, NULL},
    {"__dictoffset__", T_PYSSIZET, offsetof(CounterObject, dict), READONLY, NULL},
    {NULL, 0, 0, 0, NULL}
};

static PyType_Slot counter_slots[] = {
    {Py_tp_doc, (void *)"Counter(start=0, step=1)"},
    {Py_tp_new, counter_new},
    {Py_tp_dealloc, counter_dealloc},
    {Py_tp_traverse, counter_traverse},
    {Py_tp_clear, counter_clear},
    {Py_tp_iter, PyObject_SelfIter},
    {Py_tp_iternext, counter_next},
    {Py_tp_methods, counter_methods},
    {Py_tp_members, counter_members},
    {0, NULL}
};

static PyType_Spec counter_spec = {
    .name = "heap_type.Counter",
    .basicsize = sizeof(CounterObject),
    .itemsize = 0,
    .flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE
             | Py_TPFLAGS_IMMUTABLETYPE,
    .slots = counter_slots,
};

static PyObject *
module_created(PyObject *module, PyObject *Py_UNUSED(ignored))
{
    return PyLong_FromLong(state_of_module(module)->created);
}

static PyObject *
module_counter_type(PyObject *module, PyObject *Py_UNUSED(ignored))
{
    PyTypeObject *type = state_of_module(module)->counter_type;
    PyObject *name = PyType_GetQualName(type);
    PyObject *result;
    if (name == NULL) {
        return NULL;
    }
    result = PyTuple_Pack(2, (PyObject *)type, name);
    Py_DECREF(name);
    return result;
}

static PyMethodDef module_methods[] = {
    {"created", module_created, METH_NOARGS, NULL},
    {"counter_type", module_counter_type, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL}
};

static int
module_exec(PyObject *module)
{
    module_state *state = state_of_module(module);
    state->counter_type = (PyTypeObject *)PyType_FromModuleAndSpec(module, &counter_spec, NULL);
    if (state->counter_type == NULL) {
        return -1;
    }
    if (PyModule_AddType(module, state->counter_type) < 0) {
        return -1;
    }
    state->default_step = PyLong_FromLong(1);
    if (state->default_step == NULL) {
        return -1;
    }
    state->created = 0;
    return PyModule_AddIntConstant(module, "API_VERSION", PYTHON_API_VERSION);
}

static int
module_traverse(PyObject *module, visitproc visit, void *arg)
{
    module_state *state = state_of_module(module);
    Py_VISIT(state->counter_type);
    Py_VISIT(state->default_step);
    return 0;
}

static int
module_clear(PyObject *module)
{
    module_state *state = state_of_module(module);
    Py_CLEAR(state->counter_type);
    Py_CLEAR(state->default_step);
    return 0;
}

static void
module_free(void *module)
{
    module_clear((PyObject *)module);
}

static PyModuleDef_Slot module_slots[] = {
    {Py_mod_exec, (void *)module_exec},
    {0, NULL}
};

static struct PyModuleDef heap_type_module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "heap_type",
    .m_doc = "Multi-phase initialisation with a heap type.",
    .m_size = sizeof(module_state),
    .m_methods = module_methods,
    .m_slots = module_slots,
    .m_traverse = module_traverse,
    .m_clear = module_clear,
    .m_free = module_free,
};

PyMODINIT_FUNC
PyInit_heap_type(void)
{
    return PyModuleDef_Init(&heap_type_module);
}
