/* oxpy: portability layer: basic integer types, API decoration macros and
   compiler-specific attributes. */
#ifndef Py_PYPORT_H
#define Py_PYPORT_H

#include "pyconfig.h"

#include <inttypes.h>
#include <limits.h>

#if !defined(UCHAR_MAX) || UCHAR_MAX != 255
#  error "oxpy requires an 8-bit unsigned char"
#endif

/* Casts that read well in both C and C++. */
#ifdef __cplusplus
#  define _Py_STATIC_CAST(type, expr) static_cast<type>(expr)
#else
#  define _Py_STATIC_CAST(type, expr) ((type)(expr))
#endif
#define _Py_CAST(type, expr) ((type)(expr))

#if defined(__cplusplus) && __cplusplus >= 201103
#  define _Py_NULL nullptr
#else
#  define _Py_NULL NULL
#endif

#if defined(Py_BUILD_CORE_BUILTIN) && !defined(Py_BUILD_CORE)
#  define Py_BUILD_CORE
#endif
#if defined(Py_BUILD_CORE_MODULE) && !defined(Py_BUILD_CORE)
#  define Py_BUILD_CORE
#endif

/* Legacy spellings of fixed-width types. */
#ifndef HAVE_LONG_LONG
#  define HAVE_LONG_LONG 1
#endif
#ifndef PY_LONG_LONG
#  define PY_LONG_LONG long long
#  define PY_LLONG_MIN LLONG_MIN
#  define PY_LLONG_MAX LLONG_MAX
#  define PY_ULLONG_MAX ULLONG_MAX
#endif
#define PY_UINT32_T uint32_t
#define PY_UINT64_T uint64_t
#define PY_INT32_T int32_t
#define PY_INT64_T int64_t

/* int objects store 30 bits per digit in a uint32_t. */
#ifndef PYLONG_BITS_IN_DIGIT
#  define PYLONG_BITS_IN_DIGIT 30
#endif

typedef uintptr_t Py_uintptr_t;
typedef intptr_t  Py_intptr_t;

/* Py_ssize_t: the signed size type used throughout the API. */
#ifdef HAVE_PY_SSIZE_T
   /* provided by the includer */
#elif HAVE_SSIZE_T
typedef ssize_t Py_ssize_t;
#  define PY_SSIZE_T_MAX SSIZE_MAX
#else
typedef Py_intptr_t Py_ssize_t;
#  define PY_SSIZE_T_MAX INTPTR_MAX
#endif
#define PY_SSIZE_T_MIN (-PY_SSIZE_T_MAX - 1)

/* Hash values. */
#define SIZEOF_PY_HASH_T SIZEOF_SIZE_T
typedef Py_ssize_t Py_hash_t;
#define SIZEOF_PY_UHASH_T SIZEOF_SIZE_T
typedef size_t Py_uhash_t;

/* Kept for old code; identical to Py_ssize_t. */
typedef Py_ssize_t Py_ssize_clean_t;

#define PY_SIZE_MAX SIZE_MAX

#ifndef PY_FORMAT_SIZE_T
#  define PY_FORMAT_SIZE_T "z"
#endif

/* File-local helpers. */
#if defined(_MSC_VER)
#  define Py_LOCAL(type) static type __fastcall
#  define Py_LOCAL_INLINE(type) static __inline type __fastcall
#else
#  define Py_LOCAL(type) static type
#  define Py_LOCAL_INLINE(type) static inline type
#endif

#if !defined(Py_LIMITED_API) || Py_LIMITED_API+0 < 0x030b0000
#  define Py_MEMCPY memcpy
#endif

#include <math.h>
#ifdef HAVE_SYS_TIME_H
#  include <sys/time.h>
#endif
#include <time.h>
#ifdef HAVE_SYS_SELECT_H
#  include <sys/select.h>
#endif
#ifdef HAVE_SYS_STAT_H
#  include <sys/stat.h>
#endif

#ifndef S_IFMT
#  define S_IFMT 0170000
#endif
#ifndef S_IFLNK
#  define S_IFLNK 0120000
#endif
#ifndef S_ISREG
#  define S_ISREG(x) (((x) & S_IFMT) == S_IFREG)
#endif
#ifndef S_ISDIR
#  define S_ISDIR(x) (((x) & S_IFMT) == S_IFDIR)
#endif
#ifndef S_ISCHR
#  define S_ISCHR(x) (((x) & S_IFMT) == S_IFCHR)
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* Right shift of a possibly negative value; gcc and clang already shift
   arithmetically. */
#ifdef SIGNED_RIGHT_SHIFT_ZERO_FILLS
#  define Py_ARITHMETIC_RIGHT_SHIFT(TYPE, I, J) \
     ((I) < 0 ? -1 - ((-1 - (I)) >> (J)) : (I) >> (J))
#else
#  define Py_ARITHMETIC_RIGHT_SHIFT(TYPE, I, J) ((I) >> (J))
#endif

#define Py_FORCE_EXPANSION(X) X

/* Narrowing conversion, checked in debug builds. */
#ifdef Py_DEBUG
#  define Py_SAFE_DOWNCAST(VALUE, WIDE, NARROW) \
     (assert(_Py_STATIC_CAST(WIDE, _Py_STATIC_CAST(NARROW, (VALUE))) == (VALUE)), \
      _Py_STATIC_CAST(NARROW, (VALUE)))
#else
#  define Py_SAFE_DOWNCAST(VALUE, WIDE, NARROW) _Py_STATIC_CAST(NARROW, (VALUE))
#endif

#if defined(__GNUC__) || defined(__clang__)
#  define Py_DEPRECATED(VERSION_UNUSED) __attribute__((__deprecated__))
#elif defined(_MSC_VER)
#  define Py_DEPRECATED(VERSION) __declspec(deprecated("deprecated in " #VERSION))
#else
#  define Py_DEPRECATED(VERSION_UNUSED)
#endif

/* Push, silence deprecation warnings, pop. */
#if defined(__clang__)
#  define _Py_COMP_DIAG_PUSH _Pragma("clang diagnostic push")
#  define _Py_COMP_DIAG_IGNORE_DEPR_DECLS \
     _Pragma("clang diagnostic ignored \"-Wdeprecated-declarations\"")
#  define _Py_COMP_DIAG_POP _Pragma("clang diagnostic pop")
#elif defined(__GNUC__)
#  define _Py_COMP_DIAG_PUSH _Pragma("GCC diagnostic push")
#  define _Py_COMP_DIAG_IGNORE_DEPR_DECLS \
     _Pragma("GCC diagnostic ignored \"-Wdeprecated-declarations\"")
#  define _Py_COMP_DIAG_POP _Pragma("GCC diagnostic pop")
#elif defined(_MSC_VER)
#  define _Py_COMP_DIAG_PUSH __pragma(warning(push))
#  define _Py_COMP_DIAG_IGNORE_DEPR_DECLS __pragma(warning(disable: 4996))
#  define _Py_COMP_DIAG_POP __pragma(warning(pop))
#else
#  define _Py_COMP_DIAG_PUSH
#  define _Py_COMP_DIAG_IGNORE_DEPR_DECLS
#  define _Py_COMP_DIAG_POP
#endif

#if defined(__GNUC__) || defined(__clang__)
#  define _Py_HOT_FUNCTION __attribute__((hot))
#else
#  define _Py_HOT_FUNCTION
#endif

#if defined(Py_DEBUG)
#  define Py_ALWAYS_INLINE
#elif defined(__GNUC__) || defined(__clang__) || defined(__INTEL_COMPILER)
#  define Py_ALWAYS_INLINE __attribute__((always_inline))
#elif defined(_MSC_VER)
#  define Py_ALWAYS_INLINE __forceinline
#else
#  define Py_ALWAYS_INLINE
#endif

#if defined(__GNUC__) || defined(__clang__) || defined(__INTEL_COMPILER)
#  define Py_NO_INLINE __attribute__((noinline))
#elif defined(_MSC_VER)
#  define Py_NO_INLINE __declspec(noinline)
#else
#  define Py_NO_INLINE
#endif

#include "exports.h"

/* Declarations of the API: functions, data, and module init functions.
   On Linux every API symbol simply has default visibility. */
#if defined(Py_ENABLE_SHARED) || defined(__CYGWIN__)
#  if defined(HAVE_DECLSPEC_DLL)
#    if defined(Py_BUILD_CORE) && !defined(Py_BUILD_CORE_MODULE)
#      define PyAPI_FUNC(RTYPE) Py_EXPORTED_SYMBOL RTYPE
#      define PyAPI_DATA(RTYPE) extern Py_EXPORTED_SYMBOL RTYPE
#      define PyMODINIT_FUNC PyObject *
#    else
#      define PyAPI_FUNC(RTYPE) Py_IMPORTED_SYMBOL RTYPE
#      define PyAPI_DATA(RTYPE) extern Py_IMPORTED_SYMBOL RTYPE
#    endif
#  endif
#endif
#ifndef PyAPI_FUNC
#  define PyAPI_FUNC(RTYPE) Py_EXPORTED_SYMBOL RTYPE
#endif
#ifndef PyAPI_DATA
#  define PyAPI_DATA(RTYPE) extern Py_EXPORTED_SYMBOL RTYPE
#endif
#ifndef PyMODINIT_FUNC
#  if defined(__cplusplus)
#    define PyMODINIT_FUNC extern "C" Py_EXPORTED_SYMBOL PyObject *
#  else
#    define PyMODINIT_FUNC Py_EXPORTED_SYMBOL PyObject *
#  endif
#endif

#ifndef INT_MAX
#  define INT_MAX 2147483647
#endif
#ifndef LONG_MAX
#  define LONG_MAX 0x7FFFFFFFFFFFFFFFL
#endif
#ifndef LONG_MIN
#  define LONG_MIN (-LONG_MAX - 1)
#endif
#ifndef LONG_BIT
#  define LONG_BIT (8 * SIZEOF_LONG)
#endif
#if LONG_BIT != 8 * SIZEOF_LONG
#  error "LONG_BIT does not match SIZEOF_LONG"
#endif

#ifdef __cplusplus
}
#endif

#if defined(__GNUC__) || defined(__clang__)
#  define Py_GCC_ATTRIBUTE(x) __attribute__(x)
#  define Py_ALIGNED(x) __attribute__((aligned(x)))
#else
#  define Py_GCC_ATTRIBUTE(x)
#  define Py_ALIGNED(x)
#endif

#ifndef Py_LL
#  define Py_LL(x) x##LL
#endif
#ifndef Py_ULL
#  define Py_ULL(x) Py_LL(x##U)
#endif

#define Py_VA_COPY va_copy

#ifdef WORDS_BIGENDIAN
#  define PY_BIG_ENDIAN 1
#  define PY_LITTLE_ENDIAN 0
#else
#  define PY_BIG_ENDIAN 0
#  define PY_LITTLE_ENDIAN 1
#endif

#define PY_DWORD_MAX 4294967295U

/* Threads are always available. */
#ifndef WITH_THREAD
#  define WITH_THREAD
#endif

#ifndef _Py_NO_RETURN
#  if defined(__clang__) || defined(__GNUC__)
#    define _Py_NO_RETURN __attribute__((__noreturn__))
#  elif defined(_MSC_VER)
#    define _Py_NO_RETURN __declspec(noreturn)
#  else
#    define _Py_NO_RETURN
#  endif
#endif

#ifdef __has_builtin
#  define _Py__has_builtin(x) __has_builtin(x)
#else
#  define _Py__has_builtin(x) 0
#endif

#if defined(__has_feature)
#  if __has_feature(memory_sanitizer) && !defined(_Py_MEMORY_SANITIZER)
#    define _Py_MEMORY_SANITIZER
#  endif
#  if __has_feature(address_sanitizer) && !defined(_Py_ADDRESS_SANITIZER)
#    define _Py_ADDRESS_SANITIZER
#  endif
#elif defined(__GNUC__) && defined(__SANITIZE_ADDRESS__)
#  define _Py_ADDRESS_SANITIZER
#endif

#endif /* Py_PYPORT_H */
