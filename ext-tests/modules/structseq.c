/* Struct sequences: PyStructSequence_NewType and InitType2 with visible and
 * hidden fields and docs, New + SetItem/GetItem (and the SET_ITEM/GET_ITEM
 * macros), tuple behaviour (len, indexing, unpacking, repr), field access by
 * name, n_sequence_fields, and pickling support through __reduce__. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

static PyStructSequence_Field point_fields[] = {
    {"x", "the x coordinate"},
    {"y", "the y coordinate"},
    {"label", "a hidden label"},
    {NULL, NULL},
};

static PyStructSequence_Desc point_desc = {
    "structseq.Point", "A point with a hidden label.", point_fields, 2,
};

static PyStructSequence_Field pair_fields[] = {
    {"first", NULL},
    {"second", NULL},
    {NULL, NULL},
};

static PyStructSequence_Desc pair_desc = {"structseq.Pair", NULL, pair_fields, 2};

static PyTypeObject PairType;
static PyObject *PointType;

static PyObject *
make_point(PyObject *self, PyObject *args)
{
    long x, y;
    const char *label;
    if (!PyArg_ParseTuple(args, "lls", &x, &y, &label))
        return NULL;
    PyObject *p = PyStructSequence_New((PyTypeObject *)PointType);
    if (p == NULL)
        return NULL;
    PyStructSequence_SetItem(p, 0, PyLong_FromLong(x));
    PyStructSequence_SET_ITEM(p, 1, PyLong_FromLong(y));
    PyStructSequence_SetItem(p, 2, PyUnicode_FromString(label));
    return p;
}

static PyObject *
make_pair(PyObject *self, PyObject *args)
{
    PyObject *a, *b;
    if (!PyArg_ParseTuple(args, "OO", &a, &b))
        return NULL;
    PyObject *p = PyStructSequence_New(&PairType);
    if (p == NULL)
        return NULL;
    PyStructSequence_SetItem(p, 0, Py_NewRef(a));
    PyStructSequence_SetItem(p, 1, Py_NewRef(b));
    return p;
}

static PyObject *
read_back(PyObject *self, PyObject *p)
{
    PyObject *first = PyStructSequence_GetItem(p, 0);
    PyObject *second = PyStructSequence_GET_ITEM(p, 1);
    return Py_BuildValue("(OO)", first, second);
}

static PyMethodDef methods[] = {
    {"make_point", make_point, METH_VARARGS, NULL},
    {"make_pair", make_pair, METH_VARARGS, NULL},
    {"read_back", read_back, METH_O, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "structseq",
    .m_size = -1,
    .m_methods = methods,
};

PyMODINIT_FUNC
PyInit_structseq(void)
{
    PointType = (PyObject *)PyStructSequence_NewType(&point_desc);
    if (PointType == NULL)
        return NULL;
    if (PyStructSequence_InitType2(&PairType, &pair_desc) < 0)
        return NULL;
    PyObject *m = PyModule_Create(&module);
    if (m == NULL)
        return NULL;
    if (PyModule_AddObjectRef(m, "Point", PointType) < 0 ||
        PyModule_AddObjectRef(m, "Pair", (PyObject *)&PairType) < 0)
        return NULL;
    return m;
}
