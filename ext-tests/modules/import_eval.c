/* Importing and the evaluation context from C: PyImport_ImportModule,
 * ImportModuleLevel (relative failing outside a package), Import with a
 * name object, AddModuleObject, GetModuleDict, GetModule, ExecCodeModule
 * with compiled source, PyEval_GetBuiltins/GetGlobals/GetLocals/GetFrame,
 * PyRun_String and Py_CompileString, and PySys_GetObject/SetObject. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

static PyObject *
import_name(PyObject *self, PyObject *name)
{
    PyObject *m = PyImport_ImportModule(PyUnicode_AsUTF8(name));
    if (m == NULL)
        return NULL;
    PyObject *r = PyObject_GetAttrString(m, "__name__");
    Py_DECREF(m);
    return r;
}

static PyObject *
import_level(PyObject *self, PyObject *args)
{
    const char *name;
    int level;
    PyObject *fromlist = NULL;
    if (!PyArg_ParseTuple(args, "si|O", &name, &level, &fromlist))
        return NULL;
    PyObject *globals = PyEval_GetGlobals();
    PyObject *m = PyImport_ImportModuleLevel(name, globals, NULL, fromlist, level);
    if (m == NULL)
        return NULL;
    PyObject *r = PyObject_GetAttrString(m, "__name__");
    Py_DECREF(m);
    return r;
}

static PyObject *
import_object(PyObject *self, PyObject *name)
{
    return PyImport_Import(name);
}

static PyObject *
module_dict(PyObject *self, PyObject *name)
{
    PyObject *modules = PyImport_GetModuleDict();
    PyObject *viaget = PyImport_GetModule(name);
    if (viaget == NULL && PyErr_Occurred())
        return NULL;
    PyObject *r = Py_BuildValue("(OO)", PyDict_GetItem(modules, name) ? Py_True : Py_False,
                                viaget ? Py_True : Py_False);
    Py_XDECREF(viaget);
    return r;
}

static PyObject *
add_module(PyObject *self, PyObject *name)
{
    PyObject *m = PyImport_AddModuleObject(name);
    if (m == NULL)
        return NULL;
    PyObject *again = PyImport_AddModuleObject(name);
    return Py_BuildValue("(OO)", m, m == again ? Py_True : Py_False);
}

static PyObject *
exec_code_module(PyObject *self, PyObject *args)
{
    const char *name, *source;
    if (!PyArg_ParseTuple(args, "ss", &name, &source))
        return NULL;
    PyObject *code = Py_CompileString(source, "<from C>", Py_file_input);
    if (code == NULL)
        return NULL;
    PyObject *m = PyImport_ExecCodeModule(name, code);
    Py_DECREF(code);
    return m;
}

static PyObject *
eval_context(PyObject *self, PyObject *unused)
{
    PyObject *builtins = PyEval_GetBuiltins();
    PyObject *globals = PyEval_GetGlobals();
    PyObject *locals = PyEval_GetLocals();
    PyFrameObject *frame = PyEval_GetFrame();
    PyObject *name = globals ? PyDict_GetItemString(globals, "__name__") : NULL;
    PyObject *marker = locals ? PyDict_GetItemString(locals, "local_marker") : NULL;
    int lineno = frame ? PyFrame_GetLineNumber(frame) : -1;
    return Py_BuildValue("(OOOi)", PyDict_GetItemString(builtins, "len") ? Py_True : Py_False,
                         name ? name : Py_None, marker ? marker : Py_None, lineno);
}

static PyObject *
run_string(PyObject *self, PyObject *args)
{
    const char *src;
    int start;
    PyObject *globals;
    if (!PyArg_ParseTuple(args, "siO!", &src, &start, &PyDict_Type, &globals))
        return NULL;
    return PyRun_String(src, start, globals, globals);
}

static PyObject *
sys_objects(PyObject *self, PyObject *value)
{
    if (PySys_SetObject("oxpy_test_attr", value) < 0)
        return NULL;
    PyObject *got = PySys_GetObject("oxpy_test_attr");
    PyObject *missing = PySys_GetObject("no_such_attr_here");
    PyObject *path = PySys_GetObject("path");
    return Py_BuildValue("(OOO)", got, missing ? Py_True : Py_False, PyList_Check(path) ? Py_True : Py_False);
}

static PyMethodDef methods[] = {
    {"import_name", import_name, METH_O, NULL},
    {"import_level", import_level, METH_VARARGS, NULL},
    {"import_object", import_object, METH_O, NULL},
    {"module_dict", module_dict, METH_O, NULL},
    {"add_module", add_module, METH_O, NULL},
    {"exec_code_module", exec_code_module, METH_VARARGS, NULL},
    {"eval_context", eval_context, METH_NOARGS, NULL},
    {"run_string", run_string, METH_VARARGS, NULL},
    {"sys_objects", sys_objects, METH_O, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "import_eval",
    .m_size = -1,
    .m_methods = methods,
};

PyMODINIT_FUNC
PyInit_import_eval(void)
{
    PyObject *m = PyModule_Create(&module);
    if (m == NULL)
        return NULL;
    if (PyModule_AddIntConstant(m, "eval_input", Py_eval_input) < 0 ||
        PyModule_AddIntConstant(m, "file_input", Py_file_input) < 0 ||
        PyModule_AddIntConstant(m, "single_input", Py_single_input) < 0)
        return NULL;
    return m;
}
