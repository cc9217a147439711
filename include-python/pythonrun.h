/* oxpy: compiling and running source code; printing exceptions. */
#ifndef Py_PYTHONRUN_H
#define Py_PYTHONRUN_H
#ifdef __cplusplus
extern "C" {
#endif

PyAPI_FUNC(PyObject *) Py_CompileString(const char *str, const char *filename, int start);

PyAPI_FUNC(void) PyErr_Print(void);
PyAPI_FUNC(void) PyErr_PrintEx(int set_sys_last_vars);
PyAPI_FUNC(void) PyErr_Display(PyObject *exc, PyObject *value, PyObject *tb);

/* Called repeatedly while the interactive prompt waits for input. */
PyAPI_DATA(int) (*PyOS_InputHook)(void);

/* Bytes of C stack kept free by PyOS_CheckStack(), in units of pointers. */
#define PYOS_STACK_MARGIN 2048

#if defined(WIN32) && !defined(MS_WIN64) && !defined(_M_ARM) && defined(_MSC_VER) && \
    _MSC_VER >= 1300
#  define USE_STACKCHECK
#endif
#ifdef USE_STACKCHECK
PyAPI_FUNC(int) PyOS_CheckStack(void);
#endif

#ifndef Py_LIMITED_API
#  define Py_CPYTHON_PYTHONRUN_H
#  include "cpython/pythonrun.h"
#  undef Py_CPYTHON_PYTHONRUN_H
#endif

#ifdef __cplusplus
}
#endif
#endif /* Py_PYTHONRUN_H */
