/* oxpy: build configuration for x86_64 Linux (glibc, gcc or clang).
 *
 * Only what extension modules and the other headers look at is here: type
 * sizes, a handful of HAVE_* probes, and the feature-test macros that
 * CPython's own pyconfig.h sets (they change the layout of libc types such
 * as off_t, so they must match for binary compatibility). */
#ifndef Py_PYCONFIG_H
#define Py_PYCONFIG_H

/* Feature-test macros, set before any system header is seen. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE 1
#endif
#define _FILE_OFFSET_BITS 64
#define _LARGEFILE_SOURCE 1
#define _POSIX_C_SOURCE 200809L
#define _XOPEN_SOURCE 700
#define _XOPEN_SOURCE_EXTENDED 1
#define _REENTRANT 1
#ifndef __EXTENSIONS__
#define __EXTENSIONS__ 1
#endif

/* Sizes and alignments of C types on x86_64 Linux. */
#define SIZEOF_SHORT 2
#define SIZEOF_INT 4
#define SIZEOF_LONG 8
#define SIZEOF_LONG_LONG 8
#define SIZEOF_FLOAT 4
#define SIZEOF_DOUBLE 8
#define SIZEOF_LONG_DOUBLE 16
#define SIZEOF_VOID_P 8
#define SIZEOF_SIZE_T 8
#define SIZEOF_UINTPTR_T 8
#define SIZEOF_WCHAR_T 4
#define SIZEOF__BOOL 1
#define SIZEOF_OFF_T 8
#define SIZEOF_TIME_T 8
#define SIZEOF_PID_T 4
#define SIZEOF_FPOS_T 16
#define SIZEOF_PTHREAD_T 8
#define SIZEOF_PTHREAD_KEY_T 4
#define ALIGNOF_LONG 8
#define ALIGNOF_SIZE_T 8
#define PTHREAD_KEY_T_IS_COMPATIBLE_WITH_INT 1

/* Floating point. */
#define DOUBLE_IS_LITTLE_ENDIAN_IEEE754 1
#define HAVE_GCC_ASM_FOR_X87 1
#define HAVE_GCC_ASM_FOR_X64 1
#define HAVE_LONG_DOUBLE 1
#define PY_FORMAT_SIZE_T "z"

/* Headers this platform has. */
#define STDC_HEADERS 1
#define HAVE_STDDEF_H 1
#define HAVE_STDINT_H 1
#define HAVE_INTTYPES_H 1
#define HAVE_STDLIB_H 1
#define HAVE_STRING_H 1
#define HAVE_UNISTD_H 1
#define HAVE_ERRNO_H 1
#define HAVE_FCNTL_H 1
#define HAVE_SIGNAL_H 1
#define HAVE_WCHAR_H 1
#define HAVE_LANGINFO_H 1
#define HAVE_DLFCN_H 1
#define HAVE_PTHREAD_H 1
#define HAVE_SYS_TYPES_H 1
#define HAVE_SYS_STAT_H 1
#define HAVE_SYS_TIME_H 1
#define HAVE_SYS_SELECT_H 1
#define HAVE_SYS_PARAM_H 1
#define HAVE_SYS_WAIT_H 1
#define HAVE_SYS_FILE_H 1
#define HAVE_SYS_IOCTL_H 1
#define HAVE_SYS_RESOURCE_H 1
#define HAVE_SYS_SOCKET_H 1
#define HAVE_SYS_UIO_H 1
#define HAVE_SYS_UTSNAME_H 1
#define HAVE_NETINET_IN_H 1
#define HAVE_ARPA_INET_H 1
#define HAVE_NETDB_H 1
#define HAVE_POLL_H 1
#define HAVE_DIRENT_H 1
#define HAVE_UTIME_H 1
#define TIME_WITH_SYS_TIME 1
#define SYS_SELECT_WITH_SYS_TIME 1

/* Functions and features this platform has. */
#define HAVE_SSIZE_T 1
#define HAVE_WCHAR_T 1
#define HAVE_CLOCK_GETTIME 1
#define HAVE_GETTIMEOFDAY 1
#define HAVE_DYNAMIC_LOADING 1
#define HAVE_DLOPEN 1
#define HAVE_FSTAT 1
#define HAVE_LSTAT 1
#define HAVE_STAT 1
#define HAVE_MMAP 1
#define HAVE_STRDUP 1
#define HAVE_SIGACTION 1
#define HAVE_FORK 1
#define HAVE_GETPID 1
#define HAVE_ROUND 1
#define HAVE_HYPOT 1
#define HAVE_COPYSIGN 1
#define HAVE_ERF 1
#define HAVE_ERFC 1
#define HAVE_LOG1P 1
#define HAVE_EXPM1 1
#define HAVE_ACOSH 1
#define HAVE_ASINH 1
#define HAVE_ATANH 1
#define HAVE_BUILTIN_ATOMIC 1
#define HAVE_STD_ATOMIC 1
#define HAVE_COMPUTED_GOTOS 1
#define HAVE_DEVICE_MACROS 1
#define HAVE_PTHREAD_KILL 1
#define HAVE_PTHREAD_SIGMASK 1
#define HAVE_SEM_OPEN 1
#define HAVE_UNAME 1
#define MAJOR_IN_SYSMACROS 1
#define ENABLE_IPV6 1

/* How the interpreter itself is configured. */
#define Py_ENABLE_SHARED 1
#define WITH_DOC_STRINGS 1
#define WITH_PYMALLOC 1
#define WITH_FREELISTS 1
#define WITH_DECIMAL_CONTEXTVAR 1
#define PY_SUPPORT_TIER 1
#define PY_COERCE_C_LOCALE 1
#define RETSIGTYPE void

#endif /* Py_PYCONFIG_H */
