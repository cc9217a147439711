/* oxpy: the representation of int objects: a sign-magnitude array of
   30-bit digits, least significant first; the sign lives in ob_size. */
#ifndef Py_LIMITED_API
#ifndef Py_LONGINTREPR_H
#define Py_LONGINTREPR_H
#ifdef __cplusplus
extern "C" {
#endif

#if PYLONG_BITS_IN_DIGIT == 30
typedef uint32_t digit;
typedef int32_t sdigit;
typedef uint64_t twodigits;
typedef int64_t stwodigits;
#  define PyLong_SHIFT 30
#  define _PyLong_DECIMAL_SHIFT 9
#  define _PyLong_DECIMAL_BASE ((digit)1000000000)
#elif PYLONG_BITS_IN_DIGIT == 15
typedef unsigned short digit;
typedef short sdigit;
typedef unsigned long twodigits;
typedef long stwodigits;
#  define PyLong_SHIFT 15
#  define _PyLong_DECIMAL_SHIFT 4
#  define _PyLong_DECIMAL_BASE ((digit)10000)
#else
#  error "PYLONG_BITS_IN_DIGIT must be 15 or 30"
#endif

#define PyLong_BASE ((digit)1 << PyLong_SHIFT)
#define PyLong_MASK ((digit)(PyLong_BASE - 1))

/* abs(ob_size) digits are in use; zero has ob_size 0. */
struct _longobject {
    PyObject_VAR_HEAD
    digit ob_digit[1];
};

PyAPI_FUNC(PyLongObject *) _PyLong_New(Py_ssize_t size);
PyAPI_FUNC(PyObject *) _PyLong_Copy(PyLongObject *src);

#ifdef __cplusplus
}
#endif
#endif /* Py_LONGINTREPR_H */
#endif /* Py_LIMITED_API */
