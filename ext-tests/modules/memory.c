/* The memory allocators: PyMem_Malloc/Calloc/Realloc/Free, the raw
 * variants, PyObject_Malloc/Calloc/Realloc/Free, PyMem_New/Resize/Del
 * macros, zero-size requests returning distinct non-NULL pointers,
 * allocations surviving calls into Python, and PyObject_Init/InitVar on
 * PyObject_Malloc'd memory. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

static int
fill_check(unsigned char *p, size_t n, unsigned char seed)
{
    for (size_t i = 0; i < n; i++)
        p[i] = (unsigned char)(seed + i);
    for (size_t i = 0; i < n; i++)
        if (p[i] != (unsigned char)(seed + i))
            return 0;
    return 1;
}

static PyObject *
allocators(PyObject *self, PyObject *unused)
{
    PyObject *out = PyList_New(0);
    unsigned char *a = PyMem_Malloc(100);
    int ok_a = a && fill_check(a, 100, 1);
    a = PyMem_Realloc(a, 10000);
    int kept = a && a[99] == (unsigned char)100;
    PyMem_Free(a);
    unsigned char *z = PyMem_Calloc(50, 4);
    int zeroed = 1;
    for (int i = 0; z && i < 200; i++)
        zeroed &= z[i] == 0;
    PyMem_Free(z);
    unsigned char *r = PyMem_RawMalloc(64);
    int ok_r = r && fill_check(r, 64, 7);
    r = PyMem_RawRealloc(r, 128);
    PyMem_RawFree(r);
    unsigned char *rc = PyMem_RawCalloc(8, 8);
    int rc_zero = rc && rc[63] == 0;
    PyMem_RawFree(rc);
    unsigned char *o = PyObject_Malloc(24);
    int ok_o = o && fill_check(o, 24, 3);
    o = PyObject_Realloc(o, 4096);
    int o_kept = o && o[23] == (unsigned char)26;
    PyObject_Free(o);
    unsigned char *oc = PyObject_Calloc(3, 5);
    int oc_zero = oc && oc[14] == 0;
    PyObject_Free(oc);
    void *z1 = PyMem_Malloc(0), *z2 = PyMem_Malloc(0);
    int zero_size = z1 != NULL && z2 != NULL && z1 != z2;
    PyMem_Free(z1);
    PyMem_Free(z2);
    PyMem_Free(NULL);
    PyObject_Free(NULL);
    long *typed = PyMem_New(long, 10);
    for (int i = 0; i < 10; i++)
        typed[i] = i * i;
    PyMem_Resize(typed, long, 20);
    long last = typed ? typed[9] : -1;
    PyMem_Del(typed);
    Py_ssize_t huge = PY_SSIZE_T_MAX / 2;
    void *toobig = PyMem_New(long, huge);
    int refused = toobig == NULL;
    PyObject *r2 = Py_BuildValue("(iiiiiiiiiili)", ok_a, kept, zeroed, ok_r, rc_zero, ok_o, o_kept, oc_zero,
                                 zero_size, 1, last, refused);
    Py_DECREF(out);
    return r2;
}

static PyObject *
survives_python(PyObject *self, PyObject *callable)
{
    char *buf = PyMem_Malloc(32);
    if (buf == NULL)
        return PyErr_NoMemory();
    strcpy(buf, "still here");
    PyObject *r = PyObject_CallNoArgs(callable);
    if (r == NULL) {
        PyMem_Free(buf);
        return NULL;
    }
    PyObject *out = Py_BuildValue("(Ns)", r, buf);
    PyMem_Free(buf);
    return out;
}

static PyObject *
init_object(PyObject *self, PyObject *unused)
{
    PyObject *o = PyObject_Malloc(sizeof(PyObject));
    if (o == NULL)
        return PyErr_NoMemory();
    PyObject_Init(o, &PyBaseObject_Type);
    PyObject *r = Py_BuildValue("(On)", (PyObject *)Py_TYPE(o), Py_REFCNT(o));
    Py_DECREF(o);
    return r;
}

static PyMethodDef methods[] = {
    {"allocators", allocators, METH_NOARGS, NULL},
    {"survives_python", survives_python, METH_O, NULL},
    {"init_object", init_object, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "memory",
    .m_size = -1,
    .m_methods = methods,
};

PyMODINIT_FUNC
PyInit_memory(void)
{
    return PyModule_Create(&module);
}
