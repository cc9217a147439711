/* oxpy: compatibility entry point.  Before 3.11 this header lived at the
   top level; in 3.11 the definitions are in cpython/longintrepr.h, which
   Python.h already includes. */
#ifndef Py_LIMITED_API
#  include "Python.h"
#endif
