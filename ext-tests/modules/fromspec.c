/* Heap types from specs: PyType_FromSpec (slots for new, repr, methods,
 * members, getset, doc, dealloc that decrefs the heap type),
 * PyType_FromSpecWithBases with a C base and a tuple of bases,
 * PyType_FromModuleAndSpec + PyType_GetModule/GetModuleState/GetModuleByDef
 * from a METH_METHOD method, PyType_GetSlot, PyType_GetName/GetQualName,
 * Py_TPFLAGS_DISALLOW_INSTANTIATION and IMMUTABLETYPE. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <structmember.h>

typedef struct {
    PyObject_HEAD
    long x;
} PointObject;

typedef struct {
    PyObject *point_type;
    long created;
} ModState;

static PyObject *
point_new(PyTypeObject *type, PyObject *args, PyObject *kwargs)
{
    long x = 0;
    if (!PyArg_ParseTuple(args, "|l", &x))
        return NULL;
    PointObject *p = (PointObject *)type->tp_alloc(type, 0);
    if (p)
        p->x = x;
    return (PyObject *)p;
}

static void
point_dealloc(PyObject *self)
{
    PyTypeObject *tp = Py_TYPE(self);
    tp->tp_free(self);
    Py_DECREF(tp);
}

static PyObject *
point_repr(PyObject *self)
{
    return PyUnicode_FromFormat("%s(%ld)", Py_TYPE(self)->tp_name, ((PointObject *)self)->x);
}

static PyObject *
point_double(PyObject *self, PyObject *unused)
{
    return PyLong_FromLong(((PointObject *)self)->x * 2);
}

static PyObject *
point_get_neg(PyObject *self, void *closure)
{
    return PyLong_FromLong(-((PointObject *)self)->x);
}

static PyMemberDef point_members[] = {
    {"x", T_LONG, offsetof(PointObject, x), 0, "the x"},
    {NULL, 0, 0, 0, NULL},
};

static PyMethodDef point_methods[] = {
    {"double", point_double, METH_NOARGS, "twice x"},
    {NULL, NULL, 0, NULL},
};

static PyGetSetDef point_getset[] = {
    {"neg", point_get_neg, NULL, "minus x", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static PyType_Slot point_slots[] = {
    {Py_tp_new, point_new},
    {Py_tp_dealloc, point_dealloc},
    {Py_tp_repr, point_repr},
    {Py_tp_methods, point_methods},
    {Py_tp_members, point_members},
    {Py_tp_getset, point_getset},
    {Py_tp_doc, "A point from a spec."},
    {0, NULL},
};

static PyType_Spec point_spec = {
    .name = "fromspec.Point",
    .basicsize = sizeof(PointObject),
    .flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
    .slots = point_slots,
};

static PyObject *
labeled_label(PyObject *self, PyObject *unused)
{
    return PyUnicode_FromFormat("labeled %ld", ((PointObject *)self)->x);
}

static PyMethodDef labeled_methods[] = {
    {"label", labeled_label, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static PyType_Slot labeled_slots[] = {
    {Py_tp_methods, labeled_methods},
    {0, NULL},
};

static PyType_Spec labeled_spec = {
    .name = "fromspec.Labeled",
    .basicsize = sizeof(PointObject),
    .flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_IMMUTABLETYPE,
    .slots = labeled_slots,
};

static struct PyModuleDef module;

static PyObject *
counted_whoami(PyObject *self, PyTypeObject *defining, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    PyObject *mod = PyType_GetModule(defining);
    ModState *st = PyType_GetModuleState(defining);
    PyObject *by_def = PyType_GetModuleByDef(Py_TYPE(self), &module);
    if (mod == NULL || st == NULL || by_def == NULL)
        return NULL;
    st->created++;
    return Py_BuildValue("(sOl)", PyModule_GetName(mod), mod == by_def ? Py_True : Py_False, st->created);
}

static PyMethodDef counted_methods[] = {
    {"whoami", (PyCFunction)(void (*)(void))counted_whoami, METH_METHOD | METH_FASTCALL | METH_KEYWORDS, NULL},
    {NULL, NULL, 0, NULL},
};

static PyType_Slot counted_slots[] = {
    {Py_tp_methods, counted_methods},
    {Py_tp_new, point_new},
    {0, NULL},
};

static PyType_Spec counted_spec = {
    .name = "fromspec.Counted",
    .basicsize = sizeof(PointObject),
    .flags = Py_TPFLAGS_DEFAULT,
    .slots = counted_slots,
};

static PyType_Slot sealed_slots[] = {
    {0, NULL},
};

static PyType_Spec sealed_spec = {
    .name = "fromspec.Sealed",
    .basicsize = sizeof(PyObject),
    .flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_DISALLOW_INSTANTIATION,
    .slots = sealed_slots,
};

static PyObject *
type_info(PyObject *self, PyObject *tp)
{
    if (!PyType_Check(tp)) {
        PyErr_SetString(PyExc_TypeError, "want a type");
        return NULL;
    }
    PyTypeObject *t = (PyTypeObject *)tp;
    reprfunc repr = PyType_GetSlot(t, Py_tp_repr);
    void *doc = PyType_GetSlot(t, Py_tp_doc);
    return Py_BuildValue("(NNiiii)", PyType_GetName(t), PyType_GetQualName(t), repr != NULL, doc != NULL,
                         PyType_HasFeature(t, Py_TPFLAGS_HEAPTYPE), PyType_HasFeature(t, Py_TPFLAGS_IMMUTABLETYPE));
}

static int
exec_module(PyObject *m)
{
    ModState *st = PyModule_GetState(m);
    PyObject *point = PyType_FromSpec(&point_spec);
    if (point == NULL)
        return -1;
    st->point_type = point;
    if (PyModule_AddObjectRef(m, "Point", point) < 0)
        return -1;
    PyObject *labeled = PyType_FromSpecWithBases(&labeled_spec, point);
    if (labeled == NULL || PyModule_AddObject(m, "Labeled", labeled) < 0)
        return -1;
    PyObject *bases = PyTuple_Pack(1, point);
    PyObject *counted = PyType_FromModuleAndSpec(m, &counted_spec, bases);
    Py_DECREF(bases);
    if (counted == NULL || PyModule_AddObject(m, "Counted", counted) < 0)
        return -1;
    PyObject *sealed = PyType_FromSpec(&sealed_spec);
    if (sealed == NULL || PyModule_AddObject(m, "Sealed", sealed) < 0)
        return -1;
    return 0;
}

static int
traverse(PyObject *m, visitproc visit, void *arg)
{
    ModState *st = PyModule_GetState(m);
    Py_VISIT(st->point_type);
    return 0;
}

static PyModuleDef_Slot slots[] = {
    {Py_mod_exec, exec_module},
    {0, NULL},
};

static PyMethodDef methods[] = {
    {"type_info", type_info, METH_O, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "fromspec",
    .m_size = sizeof(ModState),
    .m_methods = methods,
    .m_slots = slots,
    .m_traverse = traverse,
};

PyMODINIT_FUNC
PyInit_fromspec(void)
{
    return PyModuleDef_Init(&module);
}
