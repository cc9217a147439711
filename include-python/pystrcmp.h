/* oxpy: case-insensitive ASCII string comparison. */
#ifndef Py_STRCMP_H
#define Py_STRCMP_H
#ifdef __cplusplus
extern "C" {
#endif

PyAPI_FUNC(int) PyOS_mystrnicmp(const char *a, const char *b, Py_ssize_t size);
PyAPI_FUNC(int) PyOS_mystricmp(const char *a, const char *b);

#ifdef MS_WINDOWS
#  define PyOS_strnicmp strnicmp
#  define PyOS_stricmp stricmp
#else
#  define PyOS_strnicmp PyOS_mystrnicmp
#  define PyOS_stricmp PyOS_mystricmp
#endif

#ifdef __cplusplus
}
#endif
#endif /* Py_STRCMP_H */
