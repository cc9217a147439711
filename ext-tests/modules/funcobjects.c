/* Cells, method and function objects from C: PyCell_New/Get/Set/GET/SET,
 * PyMethod_New/Function/Self (bound methods of Python functions and of C
 * functions), PyInstanceMethod_New, PyCFunction_NewEx/New with a self
 * object and a module, PyFunction_GetCode/GetGlobals/GetModule/GetDefaults,
 * PyDescr_NewMethod via tp_methods exposure, and PyClassMethod/StaticMethod. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

static PyObject *
cells(PyObject *self, PyObject *value)
{
    PyObject *c = PyCell_New(value);
    if (c == NULL)
        return NULL;
    PyObject *before = PyCell_Get(c);
    PyObject *seven = PyLong_FromLong(7);
    PyCell_Set(c, seven);
    Py_DECREF(seven);
    PyObject *after = Py_NewRef(PyCell_GET(c));
    PyObject *empty = PyCell_New(NULL);
    PyObject *nothing = PyCell_Get(empty);
    PyObject *r = Py_BuildValue("(NNOi)", before, after, nothing ? nothing : Py_Ellipsis, PyCell_Check(c));
    Py_XDECREF(nothing);
    Py_DECREF(empty);
    Py_DECREF(c);
    return r;
}

static PyObject *
read_closure_cell(PyObject *self, PyObject *func)
{
    PyObject *closure = PyObject_GetAttrString(func, "__closure__");
    if (closure == NULL)
        return NULL;
    if (!PyTuple_Check(closure) || PyTuple_GET_SIZE(closure) == 0) {
        Py_DECREF(closure);
        Py_RETURN_NONE;
    }
    PyObject *cell = PyTuple_GET_ITEM(closure, 0);
    PyObject *v = PyCell_Get(cell);
    PyObject *hundred = PyLong_FromLong(100);
    PyCell_Set(cell, hundred);
    Py_DECREF(hundred);
    Py_DECREF(closure);
    return v;
}

static PyObject *
bind(PyObject *self, PyObject *args)
{
    PyObject *func, *obj;
    if (!PyArg_ParseTuple(args, "OO", &func, &obj))
        return NULL;
    PyObject *m = PyMethod_New(func, obj);
    if (m == NULL)
        return NULL;
    PyObject *r = Py_BuildValue("(OOOi)", m, PyMethod_Function(m) == func ? Py_True : Py_False,
                                PyMethod_Self(m) == obj ? Py_True : Py_False, PyMethod_Check(m));
    Py_DECREF(m);
    return r;
}

static PyObject *
instance_method(PyObject *self, PyObject *func)
{
    return PyInstanceMethod_New(func);
}

static PyObject *
echo_self(PyObject *self, PyObject *args)
{
    return Py_BuildValue("(OO)", self ? self : Py_None, args);
}

static PyMethodDef echo_def = {"echo_self", echo_self, METH_VARARGS, "echo doc"};

static PyObject *
make_cfunction(PyObject *module, PyObject *bound_to)
{
    PyObject *modname = PyUnicode_FromString("funcobjects");
    PyObject *f = PyCFunction_NewEx(&echo_def, bound_to, modname);
    Py_DECREF(modname);
    return f;
}

static PyObject *
function_parts(PyObject *self, PyObject *f)
{
    if (!PyFunction_Check(f))
        return PyUnicode_FromString("not a Python function");
    PyObject *code = PyFunction_GetCode(f);
    PyObject *globals = PyFunction_GetGlobals(f);
    PyObject *module = PyFunction_GetModule(f);
    PyObject *defaults = PyFunction_GetDefaults(f);
    return Py_BuildValue("(OOOO)", PyCode_Check(code) ? Py_True : Py_False,
                         PyDict_GetItemString(globals, "MARKER") ? PyDict_GetItemString(globals, "MARKER") : Py_None,
                         module ? module : Py_None, defaults ? defaults : Py_None);
}

static PyObject *
wrappers(PyObject *self, PyObject *func)
{
    PyObject *cm = PyClassMethod_New(func);
    PyObject *sm = PyStaticMethod_New(func);
    return Py_BuildValue("(NN)", cm, sm);
}

static PyMethodDef methods[] = {
    {"cells", cells, METH_O, NULL},
    {"read_closure_cell", read_closure_cell, METH_O, NULL},
    {"bind", bind, METH_VARARGS, NULL},
    {"instance_method", instance_method, METH_O, NULL},
    {"make_cfunction", make_cfunction, METH_O, NULL},
    {"function_parts", function_parts, METH_O, NULL},
    {"wrappers", wrappers, METH_O, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "funcobjects",
    .m_size = -1,
    .m_methods = methods,
};

PyMODINIT_FUNC
PyInit_funcobjects(void)
{
    return PyModule_Create(&module);
}
