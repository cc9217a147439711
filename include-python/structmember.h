/* oxpy: attribute descriptions for C struct members (tp_members).
   Not included by Python.h, as in CPython 3.11. */
#ifndef Py_STRUCTMEMBER_H
#define Py_STRUCTMEMBER_H
#ifdef __cplusplus
extern "C" {
#endif

#include <stddef.h>     /* offsetof */

struct PyMemberDef {
    const char *name;
    int type;               /* T_* */
    Py_ssize_t offset;      /* byte offset of the member in the object */
    int flags;              /* READONLY, ... */
    const char *doc;
};

/* Member types. */
#define T_SHORT 0
#define T_INT 1
#define T_LONG 2
#define T_FLOAT 3
#define T_DOUBLE 4
#define T_STRING 5              /* const char *, read-only */
#define T_OBJECT 6              /* PyObject *; NULL reads as None */
#define T_CHAR 7                /* one-character string */
#define T_BYTE 8
#define T_UBYTE 9
#define T_USHORT 10
#define T_UINT 11
#define T_ULONG 12
#define T_STRING_INPLACE 13     /* char array stored in the object */
#define T_BOOL 14               /* char, 0 or 1 */
#define T_OBJECT_EX 16          /* like T_OBJECT, NULL raises AttributeError */
#define T_LONGLONG 17
#define T_ULONGLONG 18
#define T_PYSSIZET 19
#define T_NONE 20               /* always None, read-only */

/* Flags. */
#define READONLY 1
#define READ_RESTRICTED 2
#define PY_WRITE_RESTRICTED 4
#define RESTRICTED (READ_RESTRICTED | PY_WRITE_RESTRICTED)

#define PY_AUDIT_READ READ_RESTRICTED

/* Read and write a member of the struct at addr. */
PyAPI_FUNC(PyObject *) PyMember_GetOne(const char *addr, PyMemberDef *m);
PyAPI_FUNC(int) PyMember_SetOne(char *addr, PyMemberDef *m, PyObject *v);

#ifdef __cplusplus
}
#endif
#endif /* Py_STRUCTMEMBER_H */
