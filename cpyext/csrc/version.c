/* oxpy cpyext: Py_Version, the runtime's version as PY_VERSION_HEX (Cython
 * compares it with the version a module was compiled for). */

#include <Python.h>

const unsigned long Py_Version = PY_VERSION_HEX;
