/* oxpy: small general-purpose macros. */
#ifndef Py_PYMACRO_H
#define Py_PYMACRO_H

/* C11 gives static_assert through <assert.h> only from C2x on in some
   libcs; make it available for gcc/clang in C11 and C17 modes. */
#if !defined(static_assert) && (defined(__GNUC__) || defined(__clang__)) \
    && defined(__STDC_VERSION__) && __STDC_VERSION__ >= 201112L \
    && __STDC_VERSION__ <= 201710L
#  define static_assert _Static_assert
#endif

#define Py_MIN(x, y) (((x) > (y)) ? (y) : (x))
#define Py_MAX(x, y) (((x) > (y)) ? (x) : (y))
#define Py_ABS(x) ((x) < 0 ? -(x) : (x))

#define _Py_XSTRINGIFY(x) #x
#define Py_STRINGIFY(x) _Py_XSTRINGIFY(x)

#define Py_MEMBER_SIZE(type, member) sizeof(((type *)0)->member)

/* The low byte of c, as an unsigned char. */
#define Py_CHARMASK(c) ((unsigned char)((c) & 0xff))

/* Compile-time assertion usable as an expression (value 0). */
#define Py_BUILD_ASSERT_EXPR(cond) (sizeof(char[1 - 2 * !(cond)]) - 1)
#define Py_BUILD_ASSERT(cond) do { (void)Py_BUILD_ASSERT_EXPR(cond); } while (0)

/* Number of elements of a true array; with gcc, refuses pointers. */
#if defined(__GNUC__) && !defined(__STRICT_ANSI__) && __GNUC__ >= 4
#  define Py_ARRAY_LENGTH(array) \
     (sizeof(array) / sizeof((array)[0]) \
      + Py_BUILD_ASSERT_EXPR(!__builtin_types_compatible_p(typeof(array), \
                                                           typeof(&(array)[0]))))
#else
#  define Py_ARRAY_LENGTH(array) (sizeof(array) / sizeof((array)[0]))
#endif

/* Docstrings, which can be compiled out. */
#define PyDoc_VAR(name) static const char name[]
#define PyDoc_STRVAR(name, str) PyDoc_VAR(name) = PyDoc_STR(str)
#ifdef WITH_DOC_STRINGS
#  define PyDoc_STR(str) str
#else
#  define PyDoc_STR(str) ""
#endif

/* Rounding of sizes and pointers to a power-of-two alignment a. */
#define _Py_SIZE_ROUND_DOWN(n, a) ((size_t)(n) & ~(size_t)((a) - 1))
#define _Py_SIZE_ROUND_UP(n, a) \
    (((size_t)(n) + (size_t)((a) - 1)) & ~(size_t)((a) - 1))
#define _Py_ALIGN_DOWN(p, a) ((void *)((uintptr_t)(p) & ~(uintptr_t)((a) - 1)))
#define _Py_ALIGN_UP(p, a) \
    ((void *)(((uintptr_t)(p) + (uintptr_t)((a) - 1)) & ~(uintptr_t)((a) - 1)))
#define _Py_IS_ALIGNED(p, a) (!((uintptr_t)(p) & (uintptr_t)((a) - 1)))

/* Mark a parameter as deliberately unused (renaming it to catch misuse). */
#if defined(__GNUC__) || defined(__clang__)
#  define Py_UNUSED(name) _unused_ ## name __attribute__((unused))
#else
#  define Py_UNUSED(name) _unused_ ## name
#endif

#if defined(Py_DEBUG)
#  define Py_UNREACHABLE() Py_FatalError("unreachable C code path reached")
#elif defined(__GNUC__) || defined(__clang__) || defined(__INTEL_COMPILER)
#  define Py_UNREACHABLE() __builtin_unreachable()
#elif defined(_MSC_VER)
#  define Py_UNREACHABLE() __assume(0)
#else
#  define Py_UNREACHABLE() Py_FatalError("unreachable C code path reached")
#endif

/* Make an expression an rvalue, so it cannot be assigned to. */
#define _Py_RVALUE(EXPR) ((void)0, (EXPR))

#endif /* Py_PYMACRO_H */
