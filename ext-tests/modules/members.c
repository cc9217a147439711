/* tp_members with every T_* type (T_BOOL T_BYTE T_UBYTE T_SHORT T_USHORT
 * T_INT T_UINT T_LONG T_ULONG T_LONGLONG T_ULONGLONG T_PYSSIZET T_FLOAT
 * T_DOUBLE T_CHAR T_STRING T_STRING_INPLACE T_OBJECT T_OBJECT_EX T_NONE),
 * READONLY, range checks on assignment, deletion, and member descriptors'
 * reprs and docs. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <structmember.h>

typedef struct {
    PyObject_HEAD
    char b_bool;
    signed char b_byte;
    unsigned char b_ubyte;
    short s_short;
    unsigned short s_ushort;
    int i_int;
    unsigned int i_uint;
    long l_long;
    unsigned long l_ulong;
    long long ll;
    unsigned long long ull;
    Py_ssize_t ssize;
    float f;
    double d;
    char c;
    const char *string;
    char inplace[8];
    PyObject *obj;
    PyObject *obj_ex;
    int ro;
} AllObject;

static void
all_dealloc(PyObject *self)
{
    AllObject *a = (AllObject *)self;
    Py_XDECREF(a->obj);
    Py_XDECREF(a->obj_ex);
    Py_TYPE(self)->tp_free(self);
}

static PyObject *
all_new(PyTypeObject *type, PyObject *args, PyObject *kwargs)
{
    AllObject *a = (AllObject *)type->tp_alloc(type, 0);
    if (a == NULL)
        return NULL;
    a->b_bool = 1;
    a->b_byte = -5;
    a->b_ubyte = 250;
    a->s_short = -300;
    a->s_ushort = 60000;
    a->i_int = -70000;
    a->i_uint = 4000000000u;
    a->l_long = -5000000000L;
    a->l_ulong = 10000000000UL;
    a->ll = -9000000000000000000LL;
    a->ull = 18000000000000000000ULL;
    a->ssize = -1;
    a->f = 1.25f;
    a->d = 2.5;
    a->c = 'q';
    a->string = "static string";
    memcpy(a->inplace, "inplace", 8);
    a->ro = 7;
    return (PyObject *)a;
}

#define M(name, type, field, flags) {name, type, offsetof(AllObject, field), flags, "doc of " name}

static PyMemberDef all_members[] = {
    M("bool", T_BOOL, b_bool, 0),
    M("byte", T_BYTE, b_byte, 0),
    M("ubyte", T_UBYTE, b_ubyte, 0),
    M("short", T_SHORT, s_short, 0),
    M("ushort", T_USHORT, s_ushort, 0),
    M("int", T_INT, i_int, 0),
    M("uint", T_UINT, i_uint, 0),
    M("long", T_LONG, l_long, 0),
    M("ulong", T_ULONG, l_ulong, 0),
    M("longlong", T_LONGLONG, ll, 0),
    M("ulonglong", T_ULONGLONG, ull, 0),
    M("ssize", T_PYSSIZET, ssize, 0),
    M("float", T_FLOAT, f, 0),
    M("double", T_DOUBLE, d, 0),
    M("char", T_CHAR, c, 0),
    M("string", T_STRING, string, READONLY),
    M("inplace", T_STRING_INPLACE, inplace, READONLY),
    M("obj", T_OBJECT, obj, 0),
    M("obj_ex", T_OBJECT_EX, obj_ex, 0),
    M("none", T_NONE, ro, READONLY),
    M("ro", T_INT, ro, READONLY),
    {NULL, 0, 0, 0, NULL},
};

static PyTypeObject All_Type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "members.All",
    .tp_basicsize = sizeof(AllObject),
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_new = all_new,
    .tp_dealloc = all_dealloc,
    .tp_members = all_members,
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "members",
    .m_size = -1,
};

PyMODINIT_FUNC
PyInit_members(void)
{
    if (PyType_Ready(&All_Type) < 0)
        return NULL;
    PyObject *m = PyModule_Create(&module);
    if (m == NULL)
        return NULL;
    if (PyModule_AddObjectRef(m, "All", (PyObject *)&All_Type) < 0)
        return NULL;
    return m;
}
