/* oxpy cpyext: number <-> text helpers of pystrtod.h and pystrtod's
 * neighbours: PyOS_string_to_double (CPython's grammar: no leading spaces,
 * no hex, inf/infinity/nan in any case), PyOS_double_to_string (through the
 * float's own repr and format()), PyOS_strtoul/strtol with CPython's base-0
 * rules, and the case-insensitive comparisons. */

#include <Python.h>
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

static int
lower(int c)
{
    return (c >= 'A' && c <= 'Z') ? c + ('a' - 'A') : c;
}

static int
starts_ci(const char *s, const char *word)
{
    for (; *word; s++, word++)
        if (lower((unsigned char)*s) != *word)
            return 0;
    return 1;
}

/* Parses the longest prefix of s that is a float literal; returns the value
 * and sets *end (== s when nothing parsed) and *overflow. */
static double
scan_double(const char *s, const char **end, int *overflow)
{
    const char *p = s;
    int negative = 0;
    *overflow = 0;
    if (*p == '+' || *p == '-')
        negative = *p++ == '-';
    if (starts_ci(p, "infinity")) {
        *end = p + 8;
        return negative ? -HUGE_VAL : HUGE_VAL;
    }
    if (starts_ci(p, "inf")) {
        *end = p + 3;
        return negative ? -HUGE_VAL : HUGE_VAL;
    }
    if (starts_ci(p, "nan")) {
        *end = p + 3;
        return negative ? -NAN : NAN;
    }
    const char *digits = p;
    int n = 0;
    while (*p >= '0' && *p <= '9')
        p++, n++;
    if (*p == '.') {
        p++;
        while (*p >= '0' && *p <= '9')
            p++, n++;
    }
    if (n == 0) {
        *end = s;
        return -1.0;
    }
    if (*p == 'e' || *p == 'E') {
        const char *q = p + 1;
        if (*q == '+' || *q == '-')
            q++;
        if (*q >= '0' && *q <= '9') {
            while (*q >= '0' && *q <= '9')
                q++;
            p = q;
        }
    }
    size_t len = (size_t)(p - digits);
    char *copy = PyMem_Malloc(len + 1);
    if (copy == NULL) {
        *end = s;
        return -1.0;
    }
    memcpy(copy, digits, len);
    copy[len] = '\0';
    errno = 0;
    double v = strtod(copy, NULL);
    if (errno == ERANGE && fabs(v) >= 1.0)
        *overflow = 1;
    PyMem_Free(copy);
    *end = p;
    return negative ? -v : v;
}

double
PyOS_string_to_double(const char *s, char **endptr, PyObject *overflow_exception)
{
    const char *end;
    int overflow;
    double x = scan_double(s, &end, &overflow);
    if (end == s || (endptr == NULL && *end != '\0')) {
        if (endptr != NULL)
            *endptr = (char *)s;
        PyErr_Format(PyExc_ValueError, "could not convert string to float: '%.200s'", s);
        return -1.0;
    }
    if (endptr != NULL)
        *endptr = (char *)end;
    if (overflow && overflow_exception != NULL) {
        PyErr_Format(overflow_exception, "value too large to convert to float: '%.200s'", s);
        return -1.0;
    }
    return x;
}

char *
PyOS_double_to_string(double val, char format_code, int precision, int flags, int *type)
{
    char spec[32];
    int repr = format_code == 'r';
    if (!repr && !strchr("eEfFgG", format_code)) {
        PyErr_BadInternalCall();
        return NULL;
    }
    if (type != NULL)
        *type = isnan(val) ? Py_DTST_NAN : (isinf(val) ? Py_DTST_INFINITE : Py_DTST_FINITE);
    PyObject *f = PyFloat_FromDouble(val);
    if (f == NULL)
        return NULL;
    PyObject *text;
    if (repr) {
        text = PyObject_Repr(f);
        if (text && (flags & Py_DTSF_SIGN) && PyUnicode_READ_CHAR(text, 0) != '-') {
            PyObject *signed_text = PyUnicode_FromFormat("+%U", text);
            Py_SETREF(text, signed_text);
        }
    }
    else {
        PyOS_snprintf(spec, sizeof spec, "%s%s.%d%c", (flags & Py_DTSF_SIGN) ? "+" : "",
                      (flags & Py_DTSF_ALT) ? "#" : "", precision, format_code);
        PyObject *s = PyUnicode_FromString(spec);
        text = s ? PyObject_Format(f, s) : NULL;
        Py_XDECREF(s);
    }
    Py_DECREF(f);
    if (text == NULL)
        return NULL;
    const char *t = PyUnicode_AsUTF8(text);
    if (t == NULL) {
        Py_DECREF(text);
        return NULL;
    }
    size_t n = strlen(t);
    char *out = PyMem_Malloc(n + 3);
    if (out == NULL) {
        Py_DECREF(text);
        PyErr_NoMemory();
        return NULL;
    }
    memcpy(out, t, n + 1);
    Py_DECREF(text);
    int finite = isfinite(val);
    /* repr's text carries ".0" for integral values; without the flag the
     * bare digits remain. */
    if (repr && !(flags & Py_DTSF_ADD_DOT_0) && n > 2 && strcmp(out + n - 2, ".0") == 0)
        out[n - 2] = '\0';
    else if (!repr && (flags & Py_DTSF_ADD_DOT_0) && finite && !strpbrk(out, ".eE"))
        strcat(out, ".0");
    return out;
}

unsigned long
PyOS_strtoul(const char *str, char **ptr, int base)
{
    const char *start = str;
    while (*str && Py_ISSPACE(*str))
        str++;
    if (base == 0) {
        if (*str == '0') {
            char c = (char)lower((unsigned char)str[1]);
            if (c == 'x')
                base = 16;
            else if (c == 'o')
                base = 8;
            else if (c == 'b')
                base = 2;
            else {
                /* only zeros may follow a leading zero */
                while (*str == '0')
                    str++;
                while (Py_ISSPACE(*str))
                    str++;
                if (ptr)
                    *ptr = (char *)str;
                return 0;
            }
            str += 2;
        }
        else
            base = 10;
    }
    else if ((base == 16 || base == 8 || base == 2) && *str == '0') {
        char c = (char)lower((unsigned char)str[1]);
        if ((base == 16 && c == 'x') || (base == 8 && c == 'o') || (base == 2 && c == 'b'))
            str += 2;
    }
    if (base < 2 || base > 36) {
        if (ptr)
            *ptr = (char *)start;
        return 0;
    }
    unsigned long result = 0;
    int any = 0, overflow = 0;
    for (;; str++) {
        int c = lower((unsigned char)*str), d;
        if (c >= '0' && c <= '9')
            d = c - '0';
        else if (c >= 'a' && c <= 'z')
            d = c - 'a' + 10;
        else
            break;
        if (d >= base)
            break;
        any = 1;
        if (result > (ULONG_MAX - (unsigned long)d) / (unsigned long)base)
            overflow = 1;
        else
            result = result * (unsigned long)base + (unsigned long)d;
    }
    if (!any) {
        if (ptr)
            *ptr = (char *)start;
        return 0;
    }
    if (ptr)
        *ptr = (char *)str;
    if (overflow) {
        errno = ERANGE;
        return ULONG_MAX;
    }
    return result;
}

long
PyOS_strtol(const char *str, char **ptr, int base)
{
    while (*str && Py_ISSPACE(*str))
        str++;
    char sign = *str;
    if (sign == '+' || sign == '-')
        str++;
    errno = 0;
    unsigned long magnitude = PyOS_strtoul(str, ptr, base);
    if (errno == 0 && magnitude <= (unsigned long)LONG_MAX)
        return sign == '-' ? -(long)magnitude : (long)magnitude;
    if (errno == 0 && sign == '-' && magnitude == 0 - (unsigned long)LONG_MIN)
        return LONG_MIN;
    errno = ERANGE;
    return sign == '-' ? LONG_MIN : LONG_MAX;
}

int
PyOS_mystrnicmp(const char *a, const char *b, Py_ssize_t size)
{
    if (size == 0)
        return 0;
    const unsigned char *p = (const unsigned char *)a, *q = (const unsigned char *)b;
    while (--size > 0 && *p && *q && lower(*p) == lower(*q))
        p++, q++;
    return lower(*p) - lower(*q);
}

int
PyOS_mystricmp(const char *a, const char *b)
{
    const unsigned char *p = (const unsigned char *)a, *q = (const unsigned char *)b;
    while (*p && *q && lower(*p) == lower(*q))
        p++, q++;
    return lower(*p) - lower(*q);
}
