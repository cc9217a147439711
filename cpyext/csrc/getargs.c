/* oxpy cpyext: argument parsing (PyArg_Parse* and helpers).  Variadic, so
 * written in C; conversions go through the C-API.  Messages follow
 * CPython 3.11's. */

#include <Python.h>
#include <stdarg.h>
#include <string.h>
#include <stdio.h>
#include <limits.h>

#define FLAG_SIZE_T 1

typedef struct {
    const char *fname;      /* after ':' (NULL if none) */
    const char *custom;     /* after ';' (NULL if none) */
    int ssize;
} parse_ctx;

static void
split_format(const char *format, parse_ctx *ctx, int *min, int *max, int *nkwonly_start)
{
    int n = 0, level = 0, seen_bar = 0;
    *min = -1;
    *nkwonly_start = -1;
    ctx->fname = NULL;
    ctx->custom = NULL;
    for (const char *f = format; *f; f++) {
        char c = *f;
        if (c == ':') {
            ctx->fname = f + 1;
            break;
        }
        if (c == ';') {
            ctx->custom = f + 1;
            break;
        }
        if (c == '(') {
            if (level == 0)
                n++;
            level++;
        }
        else if (c == ')')
            level--;
        else if (level == 0) {
            if (c == '|') {
                *min = n;
                seen_bar = 1;
            }
            else if (c == '$') {
                if (!seen_bar)
                    *min = n;
                *nkwonly_start = n;
            }
            else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
                n++;
        }
    }
    *max = n;
    if (*min < 0)
        *min = n;
}

static const char *
fname_or(parse_ctx *ctx, char *buf, size_t size)
{
    if (ctx->fname == NULL)
        return NULL;
    size_t i = 0;
    while (ctx->fname[i] && ctx->fname[i] != ';' && i + 1 < size) {
        buf[i] = ctx->fname[i];
        i++;
    }
    buf[i] = '\0';
    return buf;
}

typedef struct {
    int argno;              /* 1-based, 0 for keyword */
    const char *kwname;
    char items[64];         /* ", item 0, item 1" inside nested tuples */
} arg_pos;

static int
type_error_arg(parse_ctx *ctx, arg_pos *pos, const char *expected, PyObject *arg)
{
    int argno = pos->argno;
    char name[200];
    const char *fn = fname_or(ctx, name, sizeof name);
    if (ctx->custom) {
        PyErr_SetString(PyExc_TypeError, ctx->custom);
        return 0;
    }
    const char *got = arg == Py_None ? "None" : Py_TYPE(arg)->tp_name;
    const char *dot = strrchr(got, '.');
    if (dot && arg != Py_None && !(Py_TYPE(arg)->tp_flags & Py_TPFLAGS_HEAPTYPE))
        got = dot + 1;
    if (fn)
        PyErr_Format(PyExc_TypeError, "%.200s() argument %d%s must be %.50s, not %.50s", fn, argno, pos->items,
                     expected, got);
    else
        PyErr_Format(PyExc_TypeError, "argument %d%s must be %.50s, not %.50s", argno, pos->items, expected, got);
    return 0;
}

static int
type_error_kw(parse_ctx *ctx, const char *kwname, const char *expected, PyObject *arg)
{
    char name[200];
    const char *fn = fname_or(ctx, name, sizeof name);
    const char *got = arg == Py_None ? "None" : Py_TYPE(arg)->tp_name;
    if (fn)
        PyErr_Format(PyExc_TypeError, "%.200s() argument '%.100s' must be %.50s, not %.50s", fn, kwname, expected, got);
    else
        PyErr_Format(PyExc_TypeError, "argument '%.100s' must be %.50s, not %.50s", kwname, expected, got);
    return 0;
}


static int
bad_type(parse_ctx *ctx, arg_pos *pos, const char *expected, PyObject *arg)
{
    if (pos->kwname)
        return type_error_kw(ctx, pos->kwname, expected, arg);
    return type_error_arg(ctx, pos, expected, arg);
}

/* Converts one argument by the unit at *pf; advances *pf. 1 ok, 0 error. */
static int
convert_one(PyObject *arg, const char **pf, va_list *va, parse_ctx *ctx, arg_pos *pos, int skip);

static int
convert_tuple_unit(PyObject *arg, const char **pf, va_list *va, parse_ctx *ctx, arg_pos *pos, int skip)
{
    const char *f = *pf;
    int n = 0, level = 0;
    const char *g;
    for (g = f; *g; g++) {
        if (*g == '(') {
            if (level == 0)
                n++;
            level++;
        }
        else if (*g == ')') {
            if (level == 0)
                break;
            level--;
        }
        else if (level == 0 && ((*g >= 'a' && *g <= 'z') || (*g >= 'A' && *g <= 'Z')))
            n++;
    }
    if (!skip && (!PySequence_Check(arg) || PyUnicode_Check(arg) || PyBytes_Check(arg))) {
        char expected[64];
        snprintf(expected, sizeof expected, "%d-item sequence", n);
        return bad_type(ctx, pos, expected, arg);
    }
    if (!skip && PySequence_Size(arg) != n) {
        char expected[64];
        snprintf(expected, sizeof expected, "sequence of length %d", n);
        if (pos->kwname)
            return type_error_kw(ctx, pos->kwname, expected, arg);
        char name[200];
        const char *fn = fname_or(ctx, name, sizeof name);
        PyErr_Format(PyExc_TypeError, "%s%sargument %d%s must be sequence of length %d, not %zd",
                     fn ? fn : "", fn ? "() " : "", pos->argno, pos->items, n, PySequence_Size(arg));
        return 0;
    }
    for (int i = 0; i < n; i++) {
        PyObject *item = skip ? NULL : PySequence_GetItem(arg, i);
        if (!skip && item == NULL)
            return 0;
        arg_pos inner = *pos;
        size_t used = strlen(inner.items);
        snprintf(inner.items + used, sizeof inner.items - used, ", item %d", i);
        int ok = convert_one(item, pf, va, ctx, &inner, skip);
        Py_XDECREF(item);
        if (!ok)
            skip = 1;
    }
    if (**pf == ')')
        (*pf)++;
    return !skip || arg == NULL;
}

static int
int_value(PyObject *arg, long *out, parse_ctx *ctx, arg_pos *pos)
{
    if (PyFloat_Check(arg)) {
        PyErr_SetString(PyExc_TypeError, "'float' object cannot be interpreted as an integer");
        return 0;
    }
    long v = PyLong_AsLong(arg);
    if (v == -1 && PyErr_Occurred())
        return 0;
    *out = v;
    return 1;
}

static int
convert_one(PyObject *arg, const char **pf, va_list *va, parse_ctx *ctx, arg_pos *pos, int skip)
{
    char c = *(*pf)++;
    long lv;
    if (c == '(') {
        return convert_tuple_unit(arg, pf, va, ctx, pos, skip);
    }
#define OUT(T) T *out = va_arg(*va, T *); if (skip) break
    switch (c) {
    case 'b': {
        OUT(unsigned char);
        if (!int_value(arg, &lv, ctx, pos))
            return 0;
        if (lv < 0) {
            PyErr_SetString(PyExc_OverflowError, "unsigned byte integer is less than minimum");
            return 0;
        }
        if (lv > UCHAR_MAX) {
            PyErr_SetString(PyExc_OverflowError, "unsigned byte integer is greater than maximum");
            return 0;
        }
        *out = (unsigned char)lv;
        break;
    }
    case 'B': {
        OUT(unsigned char);
        if (PyFloat_Check(arg)) { int_value(arg, &lv, ctx, pos); return 0; }
        *out = (unsigned char)PyLong_AsUnsignedLongMask(arg);
        if (PyErr_Occurred()) return 0;
        break;
    }
    case 'h': {
        OUT(short);
        if (!int_value(arg, &lv, ctx, pos))
            return 0;
        if (lv < SHRT_MIN) {
            PyErr_SetString(PyExc_OverflowError, "signed short integer is less than minimum");
            return 0;
        }
        if (lv > SHRT_MAX) {
            PyErr_SetString(PyExc_OverflowError, "signed short integer is greater than maximum");
            return 0;
        }
        *out = (short)lv;
        break;
    }
    case 'H': {
        OUT(unsigned short);
        if (PyFloat_Check(arg)) { int_value(arg, &lv, ctx, pos); return 0; }
        *out = (unsigned short)PyLong_AsUnsignedLongMask(arg);
        if (PyErr_Occurred()) return 0;
        break;
    }
    case 'i': {
        OUT(int);
        if (!int_value(arg, &lv, ctx, pos))
            return 0;
        if (lv < INT_MIN) {
            PyErr_SetString(PyExc_OverflowError, "signed integer is less than minimum");
            return 0;
        }
        if (lv > INT_MAX) {
            PyErr_SetString(PyExc_OverflowError, "signed integer is greater than maximum");
            return 0;
        }
        *out = (int)lv;
        break;
    }
    case 'I': {
        OUT(unsigned int);
        if (PyFloat_Check(arg)) { int_value(arg, &lv, ctx, pos); return 0; }
        *out = (unsigned int)PyLong_AsUnsignedLongMask(arg);
        if (PyErr_Occurred()) return 0;
        break;
    }
    case 'l': {
        OUT(long);
        if (!int_value(arg, &lv, ctx, pos))
            return 0;
        *out = lv;
        break;
    }
    case 'k': {
        OUT(unsigned long);
        if (!PyLong_Check(arg))
            return bad_type(ctx, pos, "int", arg);
        *out = PyLong_AsUnsignedLongMask(arg);
        break;
    }
    case 'L': {
        OUT(long long);
        if (PyFloat_Check(arg)) { int_value(arg, &lv, ctx, pos); return 0; }
        long long v = PyLong_AsLongLong(arg);
        if (v == -1 && PyErr_Occurred())
            return 0;
        *out = v;
        break;
    }
    case 'K': {
        OUT(unsigned long long);
        if (!PyLong_Check(arg))
            return bad_type(ctx, pos, "int", arg);
        *out = PyLong_AsUnsignedLongLongMask(arg);
        break;
    }
    case 'n': {
        OUT(Py_ssize_t);
        if (PyFloat_Check(arg)) { int_value(arg, &lv, ctx, pos); return 0; }
        PyObject *i = PyNumber_Index(arg);
        if (i == NULL)
            return 0;
        Py_ssize_t v = PyLong_AsSsize_t(i);
        Py_DECREF(i);
        if (v == -1 && PyErr_Occurred())
            return 0;
        *out = v;
        break;
    }
    case 'c': {
        OUT(char);
        if (PyBytes_Check(arg) && PyBytes_Size(arg) == 1)
            *out = PyBytes_AsString(arg)[0];
        else if (PyByteArray_Check(arg) && PyByteArray_Size(arg) == 1)
            *out = PyByteArray_AsString(arg)[0];
        else
            return bad_type(ctx, pos, "a byte string of length 1", arg);
        break;
    }
    case 'C': {
        OUT(int);
        if (!PyUnicode_Check(arg) || PyUnicode_GetLength(arg) != 1)
            return bad_type(ctx, pos, "a unicode character", arg);
        *out = (int)PyUnicode_ReadChar(arg, 0);
        break;
    }
    case 'p': {
        OUT(int);
        int v = PyObject_IsTrue(arg);
        if (v < 0)
            return 0;
        *out = v;
        break;
    }
    case 'f': {
        OUT(float);
        double d = PyFloat_AsDouble(arg);
        if (d == -1.0 && PyErr_Occurred())
            return 0;
        *out = (float)d;
        break;
    }
    case 'd': {
        OUT(double);
        double d = PyFloat_AsDouble(arg);
        if (d == -1.0 && PyErr_Occurred())
            return 0;
        *out = d;
        break;
    }
    case 'D': {
        OUT(Py_complex);
        *out = PyComplex_AsCComplex(arg);
        if (PyErr_Occurred())
            return 0;
        break;
    }
    case 'O': {
        if (**pf == '!') {
            (*pf)++;
            PyTypeObject *tp = va_arg(*va, PyTypeObject *);
            OUT(PyObject *);
            if (!PyObject_TypeCheck(arg, tp)) {
                const char *name = tp->tp_name;
                return bad_type(ctx, pos, name, arg);
            }
            *out = arg;
        }
        else if (**pf == '&') {
            (*pf)++;
            int (*conv)(PyObject *, void *) = va_arg(*va, int (*)(PyObject *, void *));
            void *addr = va_arg(*va, void *);
            if (skip)
                break;
            if (!conv(arg, addr))
                return 0;
        }
        else {
            OUT(PyObject *);
            *out = arg;
        }
        break;
    }
    case 'S': {
        OUT(PyObject *);
        if (!PyBytes_Check(arg))
            return bad_type(ctx, pos, "bytes", arg);
        *out = arg;
        break;
    }
    case 'Y': {
        OUT(PyObject *);
        if (!PyByteArray_Check(arg))
            return bad_type(ctx, pos, "bytearray", arg);
        *out = arg;
        break;
    }
    case 'U': {
        OUT(PyObject *);
        if (!PyUnicode_Check(arg))
            return bad_type(ctx, pos, "str", arg);
        *out = arg;
        break;
    }
    case 's': case 'z': {
        int nullable = c == 'z';
        if (**pf == '*') {
            (*pf)++;
            OUT(Py_buffer);
            if (nullable && arg == Py_None) {
                PyBuffer_FillInfo(out, NULL, NULL, 0, 1, 0);
                break;
            }
            if (PyUnicode_Check(arg)) {
                Py_ssize_t n;
                const char *s = PyUnicode_AsUTF8AndSize(arg, &n);
                if (s == NULL)
                    return 0;
                PyBuffer_FillInfo(out, arg, (void *)s, n, 1, 0);
                break;
            }
            if (PyObject_GetBuffer(arg, out, PyBUF_SIMPLE) != 0)
                return bad_type(ctx, pos, nullable ? "str, bytes-like object or None" : "str or bytes-like object", arg);
            break;
        }
        if (**pf == '#') {
            (*pf)++;
            const char **out = va_arg(*va, const char **);
            void *lenp = va_arg(*va, void *);
            if (skip)
                break;
            if (!ctx->ssize) {
                PyErr_SetString(PyExc_SystemError, "PY_SSIZE_T_CLEAN macro must be defined for '#' formats");
                return 0;
            }
            if (nullable && arg == Py_None) {
                *out = NULL;
                *(Py_ssize_t *)lenp = 0;
                break;
            }
            if (PyUnicode_Check(arg)) {
                Py_ssize_t n;
                *out = PyUnicode_AsUTF8AndSize(arg, &n);
                if (*out == NULL)
                    return 0;
                *(Py_ssize_t *)lenp = n;
            }
            else if (PyBytes_Check(arg)) {
                *out = PyBytes_AsString(arg);
                *(Py_ssize_t *)lenp = PyBytes_Size(arg);
            }
            else
                return bad_type(ctx, pos, nullable ? "str, bytes-like object or None" : "str or bytes-like object", arg);
            break;
        }
        OUT(const char *);
        if (nullable && arg == Py_None) {
            *out = NULL;
            break;
        }
        if (!PyUnicode_Check(arg))
            return bad_type(ctx, pos, nullable ? "str or None" : "str", arg);
        Py_ssize_t n;
        const char *s = PyUnicode_AsUTF8AndSize(arg, &n);
        if (s == NULL)
            return 0;
        if ((Py_ssize_t)strlen(s) != n) {
            PyErr_SetString(PyExc_ValueError, "embedded null character");
            return 0;
        }
        *out = s;
        break;
    }
    case 'y': {
        if (**pf == '*') {
            (*pf)++;
            OUT(Py_buffer);
            if (PyObject_GetBuffer(arg, out, PyBUF_SIMPLE) != 0) {
                PyErr_Clear();
                return bad_type(ctx, pos, "a bytes-like object", arg);
            }
            break;
        }
        if (**pf == '#') {
            (*pf)++;
            const char **out = va_arg(*va, const char **);
            void *lenp = va_arg(*va, void *);
            if (skip)
                break;
            if (!ctx->ssize) {
                PyErr_SetString(PyExc_SystemError, "PY_SSIZE_T_CLEAN macro must be defined for '#' formats");
                return 0;
            }
            if (!PyBytes_Check(arg))
                return bad_type(ctx, pos, "bytes", arg);
            *out = PyBytes_AsString(arg);
            *(Py_ssize_t *)lenp = PyBytes_Size(arg);
            break;
        }
        OUT(const char *);
        if (!PyBytes_Check(arg))
            return bad_type(ctx, pos, "bytes", arg);
        const char *s = PyBytes_AsString(arg);
        if ((Py_ssize_t)strlen(s) != PyBytes_Size(arg)) {
            PyErr_SetString(PyExc_ValueError, "embedded null byte");
            return 0;
        }
        *out = s;
        break;
    }
    case 'w': {
        if (**pf == '*')
            (*pf)++;
        OUT(Py_buffer);
        if (PyObject_GetBuffer(arg, out, PyBUF_WRITABLE) != 0) {
            PyErr_Clear();
            return bad_type(ctx, pos, "read-write bytes-like object", arg);
        }
        break;
    }
    default:
        PyErr_Format(PyExc_SystemError, "bad format char '%c' passed to PyArg_Parse", c);
        return 0;
    }
#undef OUT
    return 1;
}

/* Skips the va_list entries of one unit (for optional arguments not given). */
static void
skip_unit(const char **pf, va_list *va, parse_ctx *ctx)
{
    arg_pos pos = {0, NULL, ""};
    convert_one(NULL, pf, va, ctx, &pos, 1);
}

static int
is_unit_char(char c)
{
    return c && c != '|' && c != '$' && c != ':' && c != ';';
}

static int
count_error(parse_ctx *ctx, int min, int max, Py_ssize_t given)
{
    char name[200];
    const char *fn = fname_or(ctx, name, sizeof name);
    if (ctx->custom) {
        PyErr_SetString(PyExc_TypeError, ctx->custom);
        return 0;
    }
    const char *how = min == max ? "exactly" : (given < min ? "at least" : "at most");
    int n = given < min ? min : max;
    if (n == 0 && max == 0) {
        PyErr_Format(PyExc_TypeError, "%.200s%s takes no arguments (%zd given)",
                     fn ? fn : "function", fn ? "()" : "", given);
        return 0;
    }
    PyErr_Format(PyExc_TypeError, "%.200s%s takes %s %d argument%s (%zd given)",
                 fn ? fn : "function", fn ? "()" : "", how, n, n == 1 ? "" : "s", given);
    return 0;
}

static int
vparse_tuple(PyObject *args, const char *format, va_list va_in, int ssize)
{
    parse_ctx ctx;
    int min, max, kwonly;
    ctx.ssize = ssize;
    split_format(format, &ctx, &min, &max, &kwonly);
    if (args == NULL || !PyTuple_Check(args)) {
        PyErr_SetString(PyExc_SystemError, "new style getargs format but argument is not a tuple");
        return 0;
    }
    /* Tuple proxies have CPython's layout: read it directly. */
    Py_ssize_t n = PyTuple_GET_SIZE(args);
    if (n < min || n > max)
        return count_error(&ctx, min, max, n);
    va_list va;
    va_copy(va, va_in);
    const char *f = format;
    int i = 0, ok = 1;
    while (is_unit_char(*f) || *f == '|' || *f == '$') {
        if (*f == '|' || *f == '$') {
            f++;
            continue;
        }
        arg_pos pos = {i + 1, NULL, ""};
        if (i < n) {
            if (!convert_one(PyTuple_GET_ITEM(args, i), &f, &va, &ctx, &pos, 0)) {
                ok = 0;
                break;
            }
        }
        else
            skip_unit(&f, &va, &ctx);
        i++;
    }
    va_end(va);
    return ok;
}

int
PyArg_ParseTuple(PyObject *args, const char *format, ...)
{
    va_list va;
    va_start(va, format);
    int r = vparse_tuple(args, format, va, 0);
    va_end(va);
    return r;
}

int
_PyArg_ParseTuple_SizeT(PyObject *args, const char *format, ...)
{
    va_list va;
    va_start(va, format);
    int r = vparse_tuple(args, format, va, 1);
    va_end(va);
    return r;
}

int
PyArg_VaParse(PyObject *args, const char *format, va_list va)
{
    return vparse_tuple(args, format, va, 0);
}

int
_PyArg_VaParse_SizeT(PyObject *args, const char *format, va_list va)
{
    return vparse_tuple(args, format, va, 1);
}

/* PyArg_Parse: the whole argument is the single unit. */
static int
vparse_single(PyObject *arg, const char *format, va_list va_in, int ssize)
{
    PyObject *t = PyTuple_Pack(1, arg);
    if (t == NULL)
        return 0;
    int r = vparse_tuple(t, format, va_in, ssize);
    Py_DECREF(t);
    return r;
}

int
PyArg_Parse(PyObject *arg, const char *format, ...)
{
    va_list va;
    va_start(va, format);
    int r = vparse_single(arg, format, va, 0);
    va_end(va);
    return r;
}

int
_PyArg_Parse_SizeT(PyObject *arg, const char *format, ...)
{
    va_list va;
    va_start(va, format);
    int r = vparse_single(arg, format, va, 1);
    va_end(va);
    return r;
}

/* Walks the format and kwlist together as CPython 3.11's vgetargskeywords
 * does: positional-only names are empty strings, '|' starts the optional
 * arguments, '$' the keyword-only ones; a missing positional-only argument
 * is reported once the bounds are known. */
static int
vparse_keywords(PyObject *args, PyObject *kwargs, const char *format, char **kwlist, va_list va_in, int ssize)
{
    parse_ctx ctx;
    int fmin, fmax, kwonly;
    char name[200];
    ctx.ssize = ssize;
    split_format(format, &ctx, &fmin, &fmax, &kwonly);
    const char *fn = fname_or(&ctx, name, sizeof name);
    const char *fshown = fn ? fn : "function", *paren = fn ? "()" : "";
    if (args == NULL || !PyTuple_Check(args) || (kwargs != NULL && !PyDict_Check(kwargs)) || kwlist == NULL) {
        PyErr_SetString(PyExc_SystemError, "bad argument to internal function");
        return 0;
    }
    int len = 0;
    while (kwlist[len])
        len++;
    int pos = 0;
    while (pos < len && kwlist[pos][0] == '\0')
        pos++;
    Py_ssize_t nargs = PyTuple_Size(args);
    Py_ssize_t nkwargs = kwargs ? PyDict_Size(kwargs) : 0;
    if (nargs + nkwargs > len) {
        PyErr_Format(PyExc_TypeError, "%.200s%s takes at most %d %sargument%s (%zd given)", fshown, paren, len,
                     nargs == 0 ? "keyword " : "", len == 1 ? "" : "s", nargs + nkwargs);
        return 0;
    }
    va_list va;
    va_copy(va, va_in);
    const char *f = format;
    int min = INT_MAX, max = INT_MAX, skip = 0, ok = 1, i;
    for (i = 0; i < len; i++) {
        if (*f == '|') {
            min = i;
            f++;
        }
        if (*f == '$') {
            max = i;
            f++;
            if (skip)
                break;
            if (max < nargs) {
                if (max == 0)
                    PyErr_Format(PyExc_TypeError, "%.200s%s takes no positional arguments", fshown, paren);
                else
                    PyErr_Format(PyExc_TypeError, "%.200s%s takes %s %d positional argument%s (%zd given)",
                                 fshown, paren, min != INT_MAX ? "at most" : "exactly", max,
                                 max == 1 ? "" : "s", nargs);
                ok = 0;
                break;
            }
        }
        if (!skip) {
            PyObject *value = NULL;
            if (i < nargs)
                value = PyTuple_GetItem(args, i);
            else if (nkwargs && i >= pos) {
                value = PyDict_GetItemString(kwargs, kwlist[i]);
                if (value)
                    nkwargs--;
            }
            if (value) {
                arg_pos apos = {i + 1, NULL, ""};
                if (!convert_one(value, &f, &va, &ctx, &apos, 0)) {
                    ok = 0;
                    break;
                }
                continue;
            }
            if (i < min) {
                if (i < pos)
                    skip = 1;
                else {
                    PyErr_Format(PyExc_TypeError, "%.200s%s missing required argument '%s' (pos %d)", fshown,
                                 paren, kwlist[i], i + 1);
                    ok = 0;
                    break;
                }
            }
            if (!nkwargs && !skip)
                break;
        }
        skip_unit(&f, &va, &ctx);
    }
    va_end(va);
    if (!ok)
        return 0;
    if (skip) {
        int m = pos < min ? pos : min;
        PyErr_Format(PyExc_TypeError, "%.200s%s takes %s %d positional argument%s (%zd given)", fshown, paren,
                     m < i ? "at least" : "exactly", m, m == 1 ? "" : "s", nargs);
        return 0;
    }
    if (nkwargs > 0) {
        for (i = pos; i < nargs; i++) {
            if (PyDict_GetItemString(kwargs, kwlist[i])) {
                PyErr_Format(PyExc_TypeError, "argument for %.200s%s given by name ('%s') and position (%d)",
                             fshown, paren, kwlist[i], i + 1);
                return 0;
            }
        }
        Py_ssize_t p = 0;
        PyObject *key, *value;
        while (PyDict_Next(kwargs, &p, &key, &value)) {
            if (!PyUnicode_Check(key)) {
                PyErr_SetString(PyExc_TypeError, "keywords must be strings");
                return 0;
            }
            const char *k = PyUnicode_AsUTF8(key);
            int found = 0;
            for (int j = pos; j < len && k; j++) {
                if (strcmp(k, kwlist[j]) == 0) {
                    found = 1;
                    break;
                }
            }
            if (!found) {
                PyErr_Format(PyExc_TypeError, "'%U' is an invalid keyword argument for %.200s%s", key,
                             fn ? fn : "this function", paren);
                return 0;
            }
        }
    }
    return 1;
}

int
PyArg_ParseTupleAndKeywords(PyObject *args, PyObject *kw, const char *format, char **kwlist, ...)
{
    va_list va;
    va_start(va, kwlist);
    int r = vparse_keywords(args, kw, format, kwlist, va, 0);
    va_end(va);
    return r;
}

int
_PyArg_ParseTupleAndKeywords_SizeT(PyObject *args, PyObject *kw, const char *format, char **kwlist, ...)
{
    va_list va;
    va_start(va, kwlist);
    int r = vparse_keywords(args, kw, format, kwlist, va, 1);
    va_end(va);
    return r;
}

int
PyArg_VaParseTupleAndKeywords(PyObject *args, PyObject *kw, const char *format, char **kwlist, va_list va)
{
    return vparse_keywords(args, kw, format, kwlist, va, 0);
}

int
_PyArg_VaParseTupleAndKeywords_SizeT(PyObject *args, PyObject *kw, const char *format, char **kwlist, va_list va)
{
    return vparse_keywords(args, kw, format, kwlist, va, 1);
}

int
PyArg_ValidateKeywordArguments(PyObject *kwargs)
{
    if (kwargs == NULL || !PyDict_Check(kwargs)) {
        PyErr_BadInternalCall();
        return 0;
    }
    Py_ssize_t pos = 0;
    PyObject *key, *value;
    while (PyDict_Next(kwargs, &pos, &key, &value)) {
        if (!PyUnicode_Check(key)) {
            PyErr_SetString(PyExc_TypeError, "keywords must be strings");
            return 0;
        }
    }
    return 1;
}

int
PyArg_UnpackTuple(PyObject *args, const char *name, Py_ssize_t min, Py_ssize_t max, ...)
{
    if (!PyTuple_Check(args)) {
        PyErr_SetString(PyExc_SystemError, "PyArg_UnpackTuple() argument list is not a tuple");
        return 0;
    }
    Py_ssize_t n = PyTuple_Size(args);
    if (n < min || n > max) {
        const char *how = min == max ? "" : (n < min ? "at least " : "at most ");
        Py_ssize_t k = n < min ? min : max;
        if (name)
            PyErr_Format(PyExc_TypeError, "%.200s expected %s%zd argument%s, got %zd", name, how, k, k == 1 ? "" : "s", n);
        else
            PyErr_Format(PyExc_TypeError, "unpacked tuple should have %s%zd element%s, but has %zd",
                         min == max ? "" : (n < min ? "at least " : "at most "), k, k == 1 ? "" : "s", n);
        return 0;
    }
    va_list va;
    va_start(va, max);
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject **out = va_arg(va, PyObject **);
        *out = PyTuple_GetItem(args, i);
    }
    va_end(va);
    return 1;
}

int
_PyArg_UnpackStack(PyObject *const *args, Py_ssize_t nargs, const char *name, Py_ssize_t min, Py_ssize_t max, ...)
{
    if (nargs < min || nargs > max) {
        Py_ssize_t k = nargs < min ? min : max;
        PyErr_Format(PyExc_TypeError, "%.200s expected %s%zd argument%s, got %zd", name,
                     min == max ? "" : (nargs < min ? "at least " : "at most "), k, k == 1 ? "" : "s", nargs);
        return 0;
    }
    va_list va;
    va_start(va, max);
    for (Py_ssize_t i = 0; i < nargs; i++) {
        PyObject **out = va_arg(va, PyObject **);
        *out = args[i];
    }
    va_end(va);
    return 1;
}

int
(_PyArg_NoKeywords)(const char *funcname, PyObject *kwargs)
{
    if (kwargs == NULL || (PyDict_Check(kwargs) && PyDict_Size(kwargs) == 0))
        return 1;
    PyErr_Format(PyExc_TypeError, "%.200s() takes no keyword arguments", funcname);
    return 0;
}

int
(_PyArg_NoKwnames)(const char *funcname, PyObject *kwnames)
{
    if (kwnames == NULL || PyTuple_Size(kwnames) == 0)
        return 1;
    PyErr_Format(PyExc_TypeError, "%.200s() takes no keyword arguments", funcname);
    return 0;
}

int
(_PyArg_NoPositional)(const char *funcname, PyObject *args)
{
    if (args == NULL || PyTuple_Size(args) == 0)
        return 1;
    PyErr_Format(PyExc_TypeError, "%.200s() takes no positional arguments", funcname);
    return 0;
}

int
(_PyArg_CheckPositional)(const char *name, Py_ssize_t nargs, Py_ssize_t min, Py_ssize_t max)
{
    if (nargs < min) {
        if (name)
            PyErr_Format(PyExc_TypeError, "%.200s expected %s%zd argument%s, got %zd", name,
                         min == max ? "" : "at least ", min, min == 1 ? "" : "s", nargs);
        else
            PyErr_Format(PyExc_TypeError, "unpacked tuple should have %s%zd element%s, but has %zd",
                         min == max ? "" : "at least ", min, min == 1 ? "" : "s", nargs);
        return 0;
    }
    if (nargs == 0)
        return 1;
    if (nargs > max) {
        if (name)
            PyErr_Format(PyExc_TypeError, "%.200s expected %s%zd argument%s, got %zd", name,
                         min == max ? "" : "at most ", max, max == 1 ? "" : "s", nargs);
        else
            PyErr_Format(PyExc_TypeError, "unpacked tuple should have %s%zd element%s, but has %zd",
                         min == max ? "" : "at most ", max, max == 1 ? "" : "s", nargs);
        return 0;
    }
    return 1;
}

void
_PyArg_BadArgument(const char *fname, const char *displayname, const char *expected, PyObject *arg)
{
    PyErr_Format(PyExc_TypeError, "%.200s() %.200s must be %.50s, not %.50s",
                 fname, displayname, expected, arg == Py_None ? "None" : Py_TYPE(arg)->tp_name);
}

/* ------------------------------------------------------------------ */
/* Argument Clinic helpers                                             */

static const char *
parser_name(struct _PyArg_Parser *parser, char *buf, size_t size)
{
    if (parser->fname)
        return parser->fname;
    const char *c = parser->format ? strchr(parser->format, ':') : NULL;
    if (c == NULL)
        return "function";
    snprintf(buf, size, "%s", c + 1);
    return buf;
}

PyObject *const *
(_PyArg_UnpackKeywords)(PyObject *const *args, Py_ssize_t nargs, PyObject *kwargs, PyObject *kwnames,
                      struct _PyArg_Parser *parser, int minpos, int maxpos, int minkw, PyObject **buf)
{
    char namebuf[200];
    const char *fn = parser_name(parser, namebuf, sizeof namebuf);
    int total = 0;
    while (parser->keywords[total])
        total++;
    int posonly = 0;
    while (posonly < total && parser->keywords[posonly][0] == '\0')
        posonly++;
    Py_ssize_t nkw = kwargs ? PyDict_Size(kwargs) : (kwnames ? PyTuple_Size(kwnames) : 0);
    if (nkw == 0 && minkw == 0 && minpos <= nargs && nargs <= maxpos && args != NULL)
        return args;
    if (nargs > maxpos) {
        if (maxpos == 0)
            PyErr_Format(PyExc_TypeError, "%.200s() takes no positional arguments", fn);
        else
            PyErr_Format(PyExc_TypeError, "%.200s() takes %s %d positional argument%s (%zd given)", fn,
                         minpos < maxpos ? "at most" : "exactly", maxpos, maxpos == 1 ? "" : "s", nargs);
        return NULL;
    }
    int i;
    for (i = 0; i < total; i++)
        buf[i] = NULL;
    for (i = 0; i < nargs; i++)
        buf[i] = args[i];
    Py_ssize_t used = 0;
    for (i = posonly; i < total; i++) {
        PyObject *value = NULL;
        if (kwargs) {
            value = PyDict_GetItemString(kwargs, parser->keywords[i]);
        }
        else if (kwnames) {
            for (Py_ssize_t k = 0; k < PyTuple_Size(kwnames); k++) {
                if (PyUnicode_CompareWithASCIIString(PyTuple_GetItem(kwnames, k), parser->keywords[i]) == 0) {
                    value = args[nargs + k];
                    break;
                }
            }
        }
        if (value == NULL)
            continue;
        if (i < nargs) {
            PyErr_Format(PyExc_TypeError, "argument for %.200s() given by name ('%s') and position (%d)",
                         fn, parser->keywords[i], i + 1);
            return NULL;
        }
        buf[i] = value;
        used++;
    }
    for (i = 0; i < total; i++) {
        int required = i < maxpos ? i < minpos : (i - maxpos) < minkw;
        if (buf[i] != NULL || !required)
            continue;
        if (i < posonly)
            PyErr_Format(PyExc_TypeError, "%.200s() takes %s %d positional argument%s (%zd given)", fn,
                         minpos < maxpos ? "at least" : "exactly", minpos, minpos == 1 ? "" : "s", nargs);
        else
            PyErr_Format(PyExc_TypeError, "%.200s() missing required argument '%s' (pos %d)",
                         fn, parser->keywords[i], i + 1);
        return NULL;
    }
    if (used < nkw) {
        Py_ssize_t n = kwargs ? 0 : PyTuple_Size(kwnames);
        Py_ssize_t p = 0;
        PyObject *key, *value;
        for (Py_ssize_t k = 0;; k++) {
            if (kwargs) {
                if (!PyDict_Next(kwargs, &p, &key, &value))
                    break;
            }
            else {
                if (k >= n)
                    break;
                key = PyTuple_GetItem(kwnames, k);
            }
            if (!PyUnicode_Check(key)) {
                PyErr_SetString(PyExc_TypeError, "keywords must be strings");
                return NULL;
            }
            int found = 0;
            for (i = posonly; i < total; i++) {
                if (PyUnicode_CompareWithASCIIString(key, parser->keywords[i]) == 0) {
                    found = 1;
                    break;
                }
            }
            if (!found) {
                PyErr_Format(PyExc_TypeError, "'%U' is an invalid keyword argument for %.200s()", key, fn);
                return NULL;
            }
        }
    }
    return buf;
}

/* The format of a parser with its function name attached. */
static const char *
parser_format(struct _PyArg_Parser *parser, char *buf, size_t size)
{
    if (parser->fname && strchr(parser->format, ':') == NULL && strchr(parser->format, ';') == NULL) {
        snprintf(buf, size, "%s:%s", parser->format, parser->fname);
        return buf;
    }
    return parser->format;
}

static PyObject *
stack_to_tuple(PyObject *const *args, Py_ssize_t nargs)
{
    PyObject *t = PyTuple_New(nargs);
    for (Py_ssize_t i = 0; t && i < nargs; i++) {
        Py_INCREF(args[i]);
        PyTuple_SetItem(t, i, args[i]);
    }
    return t;
}

static PyObject *
kwnames_to_dict(PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    if (kwnames == NULL || PyTuple_Size(kwnames) == 0)
        return NULL;
    PyObject *d = PyDict_New();
    for (Py_ssize_t k = 0; d && k < PyTuple_Size(kwnames); k++) {
        if (PyDict_SetItem(d, PyTuple_GetItem(kwnames, k), args[nargs + k]) < 0)
            Py_CLEAR(d);
    }
    return d;
}

static int
vparse_fast(PyObject *args, PyObject *kwargs, struct _PyArg_Parser *parser, va_list va, int ssize)
{
    char fmt[300];
    return vparse_keywords(args, kwargs, parser_format(parser, fmt, sizeof fmt),
                           (char **)parser->keywords, va, ssize);
}

int
_PyArg_ParseTupleAndKeywordsFast(PyObject *args, PyObject *kwargs, struct _PyArg_Parser *parser, ...)
{
    va_list va;
    va_start(va, parser);
    int r = vparse_fast(args, kwargs, parser, va, 0);
    va_end(va);
    return r;
}

int
_PyArg_ParseTupleAndKeywordsFast_SizeT(PyObject *args, PyObject *kwargs, struct _PyArg_Parser *parser, ...)
{
    va_list va;
    va_start(va, parser);
    int r = vparse_fast(args, kwargs, parser, va, 1);
    va_end(va);
    return r;
}

int
_PyArg_VaParseTupleAndKeywordsFast(PyObject *args, PyObject *kwargs, struct _PyArg_Parser *parser, va_list va)
{
    return vparse_fast(args, kwargs, parser, va, 0);
}

int
_PyArg_VaParseTupleAndKeywordsFast_SizeT(PyObject *args, PyObject *kwargs, struct _PyArg_Parser *parser, va_list va)
{
    return vparse_fast(args, kwargs, parser, va, 1);
}

static int
parse_stack_kw(PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames, struct _PyArg_Parser *parser, va_list va, int ssize)
{
    PyObject *t = stack_to_tuple(args, nargs);
    if (t == NULL)
        return 0;
    PyObject *d = kwnames_to_dict(args, nargs, kwnames);
    if (d == NULL && PyErr_Occurred()) {
        Py_DECREF(t);
        return 0;
    }
    int r = vparse_fast(t, d, parser, va, ssize);
    Py_DECREF(t);
    Py_XDECREF(d);
    return r;
}

int
_PyArg_ParseStackAndKeywords(PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames, struct _PyArg_Parser *parser, ...)
{
    va_list va;
    va_start(va, parser);
    int r = parse_stack_kw(args, nargs, kwnames, parser, va, 0);
    va_end(va);
    return r;
}

int
_PyArg_ParseStackAndKeywords_SizeT(PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames, struct _PyArg_Parser *parser, ...)
{
    va_list va;
    va_start(va, parser);
    int r = parse_stack_kw(args, nargs, kwnames, parser, va, 1);
    va_end(va);
    return r;
}

static int
parse_stack(PyObject *const *args, Py_ssize_t nargs, const char *format, va_list va, int ssize)
{
    PyObject *t = stack_to_tuple(args, nargs);
    if (t == NULL)
        return 0;
    int r = vparse_tuple(t, format, va, ssize);
    Py_DECREF(t);
    return r;
}

int
_PyArg_ParseStack(PyObject *const *args, Py_ssize_t nargs, const char *format, ...)
{
    va_list va;
    va_start(va, format);
    int r = parse_stack(args, nargs, format, va, 0);
    va_end(va);
    return r;
}

int
_PyArg_ParseStack_SizeT(PyObject *const *args, Py_ssize_t nargs, const char *format, ...)
{
    va_list va;
    va_start(va, format);
    int r = parse_stack(args, nargs, format, va, 1);
    va_end(va);
    return r;
}
