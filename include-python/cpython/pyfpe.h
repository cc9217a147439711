/* oxpy: the obsolete floating-point-exception guards, now no-ops. */
#ifndef Py_PYFPE_H
#define Py_PYFPE_H
#ifndef Py_LIMITED_API
#  define PyFPE_START_PROTECT(err_string, leave_stmt)
#  define PyFPE_END_PROTECT(v)
#endif
#endif /* Py_PYFPE_H */
