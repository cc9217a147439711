/* oxpy cpyext: the variadic C-API functions (Rust cannot define C variadic
 * functions): Py_BuildValue and the calls built on it, PyTuple_Pack, the
 * *ObjArgs calls, PyErr_Format and PyUnicode_FromFormat.  Everything here
 * only calls other C-API functions. */

#include <Python.h>
#include <stdarg.h>
#include <string.h>
#include <stdio.h>

/* ------------------------------------------------------------------ */
/* Py_BuildValue                                                       */

typedef struct {
    const char *f;
    va_list *va;
    int ssize;          /* '#' lengths are Py_ssize_t (else int) */
} build_state;

static PyObject *build_one(build_state *st);

static Py_ssize_t
count_items(const char *f, char close)
{
    Py_ssize_t n = 0;
    int depth = 0;
    for (; *f; f++) {
        char c = *f;
        if (depth == 0 && c == close)
            return n;
        if (c == '(' || c == '[' || c == '{') {
            if (depth == 0)
                n++;
            depth++;
        }
        else if (c == ')' || c == ']' || c == '}') {
            depth--;
        }
        else if (depth == 0 && c != ' ' && c != '\t' && c != ',' && c != ':'
                 && c != '#' && c != '&') {
            n++;
        }
    }
    return close == '\0' && depth == 0 ? n : -1;
}

static void
skip_separators(build_state *st)
{
    while (*st->f == ' ' || *st->f == '\t' || *st->f == ',' || *st->f == ':')
        st->f++;
}

static Py_ssize_t
read_length(build_state *st)
{
    if (*st->f != '#')
        return -1;
    st->f++;
    if (st->ssize)
        return va_arg(*st->va, Py_ssize_t);
    return va_arg(*st->va, int);
}

static PyObject *
build_sequence(build_state *st, char close, int kind)
{
    Py_ssize_t n = count_items(st->f, close);
    if (n < 0) {
        PyErr_SetString(PyExc_SystemError, "unmatched paren in format");
        return NULL;
    }
    PyObject *items[n > 0 ? n : 1];
    Py_ssize_t i;
    int failed = 0;
    for (i = 0; i < n; i++) {
        skip_separators(st);
        items[i] = build_one(st);
        if (items[i] == NULL)
            failed = 1;
    }
    skip_separators(st);
    if (*st->f != close) {
        if (!failed)
            PyErr_SetString(PyExc_SystemError, "unmatched paren in format");
        failed = 1;
    }
    else {
        st->f++;
    }
    PyObject *res = NULL;
    if (!failed) {
        if (kind == 0) {
            res = PyTuple_New(n);
            for (i = 0; res && i < n; i++) {
                PyTuple_SetItem(res, i, items[i]);
                items[i] = NULL;
            }
        }
        else if (kind == 1) {
            res = PyList_New(0);
            for (i = 0; res && i < n; i++) {
                if (PyList_Append(res, items[i]) < 0) {
                    Py_CLEAR(res);
                }
            }
        }
        else {
            res = PyDict_New();
            for (i = 0; res && i + 1 < n; i += 2) {
                if (PyDict_SetItem(res, items[i], items[i + 1]) < 0) {
                    Py_CLEAR(res);
                }
            }
        }
    }
    for (i = 0; i < n; i++)
        Py_XDECREF(items[i]);
    return res;
}

static PyObject *
build_string(const char *s, Py_ssize_t len, int as_bytes)
{
    if (s == NULL)
        Py_RETURN_NONE;
    if (len < 0)
        len = (Py_ssize_t)strlen(s);
    if (as_bytes)
        return PyBytes_FromStringAndSize(s, len);
    return PyUnicode_FromStringAndSize(s, len);
}

static PyObject *
build_one(build_state *st)
{
    char c = *st->f++;
    switch (c) {
    case '(':
        return build_sequence(st, ')', 0);
    case '[':
        return build_sequence(st, ']', 1);
    case '{':
        return build_sequence(st, '}', 2);
    case 'b': case 'B': case 'h': case 'i':
        return PyLong_FromLong((long)va_arg(*st->va, int));
    case 'H':
        return PyLong_FromLong((long)(unsigned short)va_arg(*st->va, int));
    case 'I':
        return PyLong_FromUnsignedLong((unsigned long)va_arg(*st->va, unsigned int));
    case 'l':
        return PyLong_FromLong(va_arg(*st->va, long));
    case 'k':
        return PyLong_FromUnsignedLong(va_arg(*st->va, unsigned long));
    case 'L':
        return PyLong_FromLongLong(va_arg(*st->va, long long));
    case 'K':
        return PyLong_FromUnsignedLongLong(va_arg(*st->va, unsigned long long));
    case 'n':
        return PyLong_FromSsize_t(va_arg(*st->va, Py_ssize_t));
    case 'c': {
        char ch = (char)va_arg(*st->va, int);
        return PyBytes_FromStringAndSize(&ch, 1);
    }
    case 'C':
        return PyUnicode_FromOrdinal(va_arg(*st->va, int));
    case 'd': case 'f':
        return PyFloat_FromDouble(va_arg(*st->va, double));
    case 'p':
        return PyBool_FromLong(va_arg(*st->va, int));
    case 's': case 'z': case 'U': {
        const char *s = va_arg(*st->va, const char *);
        Py_ssize_t n = read_length(st);
        return build_string(s, n, 0);
    }
    case 'y': {
        const char *s = va_arg(*st->va, const char *);
        Py_ssize_t n = read_length(st);
        return build_string(s, n, 1);
    }
    case 'u': {
        const wchar_t *w = va_arg(*st->va, const wchar_t *);
        Py_ssize_t n = read_length(st);
        if (w == NULL)
            Py_RETURN_NONE;
        return PyUnicode_FromWideChar(w, n);
    }
    case 'D':
        return PyComplex_FromCComplex(*va_arg(*st->va, Py_complex *));
    case 'N': case 'S': case 'O': {
        if (*st->f == '&') {
            st->f++;
            PyObject *(*conv)(void *) = va_arg(*st->va, PyObject *(*)(void *));
            void *p = va_arg(*st->va, void *);
            return conv(p);
        }
        PyObject *o = va_arg(*st->va, PyObject *);
        if (o == NULL) {
            if (!PyErr_Occurred())
                PyErr_SetString(PyExc_SystemError, "NULL object passed to Py_BuildValue");
            return NULL;
        }
        if (c != 'N')
            Py_INCREF(o);
        return o;
    }
    default:
        PyErr_SetString(PyExc_SystemError, "bad format char passed to Py_BuildValue");
        return NULL;
    }
}

static PyObject *
va_build_value(const char *format, va_list va, int ssize)
{
    va_list copy;
    va_copy(copy, va);
    build_state st = {format, &copy, ssize};
    Py_ssize_t n = count_items(format, '\0');
    PyObject *res;
    if (n < 0) {
        PyErr_SetString(PyExc_SystemError, "unmatched paren in format");
        res = NULL;
    }
    else if (n == 0) {
        res = Py_NewRef(Py_None);
    }
    else if (n == 1) {
        skip_separators(&st);
        res = build_one(&st);
    }
    else {
        /* Several top-level items make a tuple. */
        PyObject *t = PyTuple_New(n);
        Py_ssize_t i;
        for (i = 0; t && i < n; i++) {
            skip_separators(&st);
            PyObject *item = build_one(&st);
            if (item == NULL) {
                Py_CLEAR(t);
                break;
            }
            PyTuple_SetItem(t, i, item);
        }
        res = t;
    }
    va_end(copy);
    return res;
}

PyObject *
Py_BuildValue(const char *format, ...)
{
    va_list va;
    va_start(va, format);
    PyObject *r = va_build_value(format, va, 0);
    va_end(va);
    return r;
}

PyObject *
_Py_BuildValue_SizeT(const char *format, ...)
{
    va_list va;
    va_start(va, format);
    PyObject *r = va_build_value(format, va, 1);
    va_end(va);
    return r;
}

PyObject *
Py_VaBuildValue(const char *format, va_list va)
{
    return va_build_value(format, va, 0);
}

PyObject *
_Py_VaBuildValue_SizeT(const char *format, va_list va)
{
    return va_build_value(format, va, 1);
}

/* ------------------------------------------------------------------ */
/* Calls                                                               */

static PyObject *
call_with_built_args(PyObject *callable, const char *format, va_list va, int ssize)
{
    if (callable == NULL) {
        if (!PyErr_Occurred())
            PyErr_SetString(PyExc_SystemError, "null argument to internal routine");
        return NULL;
    }
    if (format == NULL || *format == '\0')
        return PyObject_CallObject(callable, NULL);
    PyObject *args = va_build_value(format, va, ssize);
    if (args == NULL)
        return NULL;
    PyObject *res;
    if (PyTuple_Check(args)) {
        res = PyObject_CallObject(callable, args);
    }
    else {
        PyObject *t = PyTuple_Pack(1, args);
        res = t ? PyObject_CallObject(callable, t) : NULL;
        Py_XDECREF(t);
    }
    Py_DECREF(args);
    return res;
}

PyObject *
PyObject_CallFunction(PyObject *callable, const char *format, ...)
{
    va_list va;
    va_start(va, format);
    PyObject *r = call_with_built_args(callable, format, va, 0);
    va_end(va);
    return r;
}

PyObject *
_PyObject_CallFunction_SizeT(PyObject *callable, const char *format, ...)
{
    va_list va;
    va_start(va, format);
    PyObject *r = call_with_built_args(callable, format, va, 1);
    va_end(va);
    return r;
}

PyObject *
PyEval_CallFunction(PyObject *callable, const char *format, ...)
{
    va_list va;
    va_start(va, format);
    PyObject *r = call_with_built_args(callable, format, va, 0);
    va_end(va);
    return r;
}

static PyObject *
call_method_built(PyObject *obj, const char *name, const char *format, va_list va, int ssize)
{
    if (obj == NULL || name == NULL) {
        if (!PyErr_Occurred())
            PyErr_SetString(PyExc_SystemError, "null argument to internal routine");
        return NULL;
    }
    PyObject *m = PyObject_GetAttrString(obj, name);
    if (m == NULL)
        return NULL;
    PyObject *r = call_with_built_args(m, format, va, ssize);
    Py_DECREF(m);
    return r;
}

PyObject *
PyObject_CallMethod(PyObject *obj, const char *name, const char *format, ...)
{
    va_list va;
    va_start(va, format);
    PyObject *r = call_method_built(obj, name, format, va, 0);
    va_end(va);
    return r;
}

PyObject *
_PyObject_CallMethod_SizeT(PyObject *obj, const char *name, const char *format, ...)
{
    va_list va;
    va_start(va, format);
    PyObject *r = call_method_built(obj, name, format, va, 1);
    va_end(va);
    return r;
}

PyObject *
PyEval_CallMethod(PyObject *obj, const char *name, const char *format, ...)
{
    va_list va;
    va_start(va, format);
    PyObject *r = call_method_built(obj, name, format, va, 0);
    va_end(va);
    return r;
}

static PyObject *
objargs_tuple(va_list va)
{
    va_list copy;
    va_copy(copy, va);
    Py_ssize_t n = 0;
    while (va_arg(copy, PyObject *) != NULL)
        n++;
    va_end(copy);
    PyObject *t = PyTuple_New(n);
    if (t == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *o = va_arg(va, PyObject *);
        Py_INCREF(o);
        PyTuple_SetItem(t, i, o);
    }
    return t;
}

PyObject *
PyObject_CallFunctionObjArgs(PyObject *callable, ...)
{
    va_list va;
    va_start(va, callable);
    PyObject *args = objargs_tuple(va);
    va_end(va);
    if (args == NULL)
        return NULL;
    PyObject *r = PyObject_CallObject(callable, args);
    Py_DECREF(args);
    return r;
}

PyObject *
PyObject_CallMethodObjArgs(PyObject *obj, PyObject *name, ...)
{
    PyObject *m = PyObject_GetAttr(obj, name);
    if (m == NULL)
        return NULL;
    va_list va;
    va_start(va, name);
    PyObject *args = objargs_tuple(va);
    va_end(va);
    PyObject *r = args ? PyObject_CallObject(m, args) : NULL;
    Py_XDECREF(args);
    Py_DECREF(m);
    return r;
}

static PyObject *
call_method_obj_built(PyObject *obj, PyObject *name, const char *format, va_list va, int ssize)
{
    if (obj == NULL || name == NULL) {
        if (!PyErr_Occurred())
            PyErr_SetString(PyExc_SystemError, "null argument to internal routine");
        return NULL;
    }
    PyObject *m = PyObject_GetAttr(obj, name);
    if (m == NULL)
        return NULL;
    PyObject *r = call_with_built_args(m, format, va, ssize);
    Py_DECREF(m);
    return r;
}

PyObject *
_PyObject_CallMethod(PyObject *obj, PyObject *name, const char *format, ...)
{
    va_list va;
    va_start(va, format);
    PyObject *r = call_method_obj_built(obj, name, format, va, 1);
    va_end(va);
    return r;
}

PyObject *
_PyObject_CallMethodId(PyObject *obj, _Py_Identifier *name, const char *format, ...)
{
    va_list va;
    va_start(va, format);
    PyObject *r = call_method_obj_built(obj, _PyUnicode_FromId(name), format, va, 0);
    va_end(va);
    return r;
}

PyObject *
_PyObject_CallMethodId_SizeT(PyObject *obj, _Py_Identifier *name, const char *format, ...)
{
    va_list va;
    va_start(va, format);
    PyObject *r = call_method_obj_built(obj, _PyUnicode_FromId(name), format, va, 1);
    va_end(va);
    return r;
}

PyObject *
_PyObject_CallMethodIdObjArgs(PyObject *obj, _Py_Identifier *name, ...)
{
    PyObject *n = _PyUnicode_FromId(name);
    if (n == NULL)
        return NULL;
    PyObject *m = PyObject_GetAttr(obj, n);
    if (m == NULL)
        return NULL;
    va_list va;
    va_start(va, name);
    PyObject *args = objargs_tuple(va);
    va_end(va);
    PyObject *r = args ? PyObject_CallObject(m, args) : NULL;
    Py_XDECREF(args);
    Py_DECREF(m);
    return r;
}

PyObject *
PyTuple_Pack(Py_ssize_t n, ...)
{
    va_list va;
    PyObject *t = PyTuple_New(n);
    if (t == NULL)
        return NULL;
    va_start(va, n);
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *o = va_arg(va, PyObject *);
        Py_INCREF(o);
        PyTuple_SetItem(t, i, o);
    }
    va_end(va);
    return t;
}

/* ------------------------------------------------------------------ */
/* PyUnicode_FromFormat and PyErr_Format                               */

typedef struct {
    char *buf;
    size_t len, cap;
    int failed;
} text;

static void
text_add(text *t, const char *s, size_t n)
{
    if (t->failed)
        return;
    if (t->len + n + 1 > t->cap) {
        size_t cap = (t->cap + n + 1) * 2;
        char *b = PyMem_Realloc(t->buf, cap);
        if (b == NULL) {
            t->failed = 1;
            return;
        }
        t->buf = b;
        t->cap = cap;
    }
    memcpy(t->buf + t->len, s, n);
    t->len += n;
    t->buf[t->len] = '\0';
}

static void
text_add_object(text *t, PyObject *o)
{
    Py_ssize_t n;
    const char *s;
    if (o == NULL) {
        t->failed = 1;
        return;
    }
    s = PyUnicode_AsUTF8AndSize(o, &n);
    if (s == NULL)
        t->failed = 1;
    else
        text_add(t, s, (size_t)n);
    Py_DECREF(o);
}

/* Appends `s` cut to `precision` characters (UTF-8 aware), -1 = all. */
static void
text_add_cut(text *t, const char *s, Py_ssize_t n, Py_ssize_t precision)
{
    if (precision >= 0) {
        Py_ssize_t chars = 0, i = 0;
        while (i < n && chars < precision) {
            unsigned char c = (unsigned char)s[i];
            i += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
            chars++;
        }
        if (i > n)
            i = n;
        n = i;
    }
    text_add(t, s, (size_t)n);
}

PyObject *
PyUnicode_FromFormatV(const char *format, va_list vargs)
{
    text t = {NULL, 0, 0, 0};
    va_list va;
    va_copy(va, vargs);
    const char *f = format;
    text_add(&t, "", 0);
    while (*f && !t.failed) {
        if (*f != '%') {
            const char *start = f;
            while (*f && *f != '%')
                f++;
            text_add(&t, start, (size_t)(f - start));
            continue;
        }
        const char *spec_start = f++;
        if (*f == '%') {
            text_add(&t, "%", 1);
            f++;
            continue;
        }
        /* flags, width, precision */
        char flags[8] = {0};
        int nflags = 0;
        while ((*f == '-' || *f == '0' || *f == '+' || *f == ' ' || *f == '#') && nflags < 7)
            flags[nflags++] = *f++;
        int width = -1, precision = -1;
        if (*f == '*') {
            width = va_arg(va, int);
            f++;
        }
        else if (*f >= '0' && *f <= '9') {
            width = 0;
            while (*f >= '0' && *f <= '9')
                width = width * 10 + (*f++ - '0');
        }
        if (*f == '.') {
            f++;
            precision = 0;
            if (*f == '*') {
                precision = va_arg(va, int);
                f++;
            }
            else {
                while (*f >= '0' && *f <= '9')
                    precision = precision * 10 + (*f++ - '0');
            }
        }
        int longflag = 0, longlong = 0, size_tflag = 0;
        if (*f == 'l') {
            f++;
            if (*f == 'l') {
                longlong = 1;
                f++;
            }
            else {
                longflag = 1;
            }
        }
        else if (*f == 'z') {
            size_tflag = 1;
            f++;
        }
        char conv = *f ? *f++ : '\0';
        char tmp[128];
        char cfmt[32];
        switch (conv) {
        case 'c': {
            int ch = va_arg(va, int);
            PyObject *s = PyUnicode_FromOrdinal(ch);
            text_add_object(&t, s);
            break;
        }
        case 'd': case 'i': case 'u': case 'x': case 'X': case 'o': {
            char c2 = conv == 'i' ? 'd' : conv;
            const char *len = longlong ? "ll" : longflag ? "l" : size_tflag ? "z" : "";
            if (width >= 0 && precision >= 0)
                snprintf(cfmt, sizeof cfmt, "%%%s%d.%d%s%c", flags, width, precision, len, c2);
            else if (width >= 0)
                snprintf(cfmt, sizeof cfmt, "%%%s%d%s%c", flags, width, len, c2);
            else if (precision >= 0)
                snprintf(cfmt, sizeof cfmt, "%%%s.%d%s%c", flags, precision, len, c2);
            else
                snprintf(cfmt, sizeof cfmt, "%%%s%s%c", flags, len, c2);
            if (longlong)
                snprintf(tmp, sizeof tmp, cfmt, va_arg(va, long long));
            else if (longflag)
                snprintf(tmp, sizeof tmp, cfmt, va_arg(va, long));
            else if (size_tflag)
                snprintf(tmp, sizeof tmp, cfmt, va_arg(va, Py_ssize_t));
            else
                snprintf(tmp, sizeof tmp, cfmt, va_arg(va, int));
            text_add(&t, tmp, strlen(tmp));
            break;
        }
        case 'p': {
            void *p = va_arg(va, void *);
            snprintf(tmp, sizeof tmp, "%p", p);
            if (tmp[1] == 'X')
                tmp[1] = 'x';
            else if (tmp[1] != 'x') {
                memmove(tmp + 2, tmp, strlen(tmp) + 1);
                tmp[0] = '0';
                tmp[1] = 'x';
            }
            text_add(&t, tmp, strlen(tmp));
            break;
        }
        case 's': {
            const char *s = va_arg(va, const char *);
            if (s == NULL)
                s = "(null)";
            text_add_cut(&t, s, (Py_ssize_t)strlen(s), precision);
            break;
        }
        case 'U': case 'S': case 'R': case 'A': case 'V': {
            PyObject *o = va_arg(va, PyObject *);
            PyObject *s;
            if (conv == 'V') {
                const char *str = va_arg(va, const char *);
                if (o == NULL) {
                    text_add_cut(&t, str, (Py_ssize_t)strlen(str), precision);
                    break;
                }
                s = Py_NewRef(o);
            }
            else if (conv == 'U')
                s = Py_NewRef(o);
            else if (conv == 'S')
                s = PyObject_Str(o);
            else if (conv == 'R')
                s = PyObject_Repr(o);
            else
                s = PyObject_ASCII(o);
            if (s == NULL) {
                t.failed = 1;
                break;
            }
            Py_ssize_t n;
            const char *u = PyUnicode_AsUTF8AndSize(s, &n);
            if (u == NULL)
                t.failed = 1;
            else
                text_add_cut(&t, u, n, precision);
            Py_DECREF(s);
            break;
        }
        default:
            /* Unknown: copy the rest of the format verbatim, as CPython. */
            text_add(&t, spec_start, strlen(spec_start));
            f = spec_start + strlen(spec_start);
            break;
        }
    }
    va_end(va);
    if (t.failed) {
        PyMem_Free(t.buf);
        if (!PyErr_Occurred())
            PyErr_NoMemory();
        return NULL;
    }
    PyObject *r = PyUnicode_FromStringAndSize(t.buf, (Py_ssize_t)t.len);
    PyMem_Free(t.buf);
    return r;
}

PyObject *
PyUnicode_FromFormat(const char *format, ...)
{
    va_list va;
    va_start(va, format);
    PyObject *r = PyUnicode_FromFormatV(format, va);
    va_end(va);
    return r;
}

PyObject *
PyErr_FormatV(PyObject *exception, const char *format, va_list va)
{
    PyObject *msg = PyUnicode_FromFormatV(format, va);
    if (msg != NULL) {
        PyErr_SetObject(exception, msg);
        Py_DECREF(msg);
    }
    return NULL;
}

PyObject *
PyErr_Format(PyObject *exception, const char *format, ...)
{
    va_list va;
    va_start(va, format);
    PyErr_FormatV(exception, format, va);
    va_end(va);
    return NULL;
}

int
PyErr_WarnFormat(PyObject *category, Py_ssize_t stack_level, const char *format, ...)
{
    va_list va;
    va_start(va, format);
    PyObject *msg = PyUnicode_FromFormatV(format, va);
    va_end(va);
    if (msg == NULL)
        return -1;
    int r = PyErr_WarnEx(category, PyUnicode_AsUTF8(msg), stack_level);
    Py_DECREF(msg);
    return r;
}

int
PyErr_ResourceWarning(PyObject *source, Py_ssize_t stack_level, const char *format, ...)
{
    va_list va;
    va_start(va, format);
    PyObject *msg = PyUnicode_FromFormatV(format, va);
    va_end(va);
    if (msg == NULL)
        return -1;
    PyObject *warnings = PyImport_ImportModule("warnings");
    PyObject *r = warnings ? PyObject_CallMethod(warnings, "warn", "OOnO", msg, PyExc_ResourceWarning, stack_level,
                                                 source ? source : Py_None)
                           : NULL;
    Py_XDECREF(warnings);
    Py_DECREF(msg);
    if (r == NULL)
        return -1;
    Py_DECREF(r);
    return 0;
}

PyObject *
PyBytes_FromFormatV(const char *format, va_list va)
{
    PyObject *s = PyUnicode_FromFormatV(format, va);
    if (s == NULL)
        return NULL;
    Py_ssize_t n;
    const char *u = PyUnicode_AsUTF8AndSize(s, &n);
    PyObject *b = u ? PyBytes_FromStringAndSize(u, n) : NULL;
    Py_DECREF(s);
    return b;
}

PyObject *
PyBytes_FromFormat(const char *format, ...)
{
    va_list va;
    va_start(va, format);
    PyObject *r = PyBytes_FromFormatV(format, va);
    va_end(va);
    return r;
}

int
PyOS_snprintf(char *str, size_t size, const char *format, ...)
{
    va_list va;
    va_start(va, format);
    int r = vsnprintf(str, size, format, va);
    va_end(va);
    return r;
}

int
PyOS_vsnprintf(char *str, size_t size, const char *format, va_list va)
{
    return vsnprintf(str, size, format, va);
}

static void
write_formatted(const char *stream, const char *format, va_list va)
{
    char buf[1001];
    vsnprintf(buf, sizeof buf, format, va);
    PyObject *file = PySys_GetObject(stream);
    if (file == NULL || PyFile_WriteString(buf, file) != 0) {
        PyErr_Clear();
        fputs(buf, strcmp(stream, "stdout") == 0 ? stdout : stderr);
    }
}

/* PySys_Format*: PyUnicode_FromFormat's conversions, written to the
 * sys stream (the real stream if writing fails, errors cleared). */
static void
format_to(const char *stream, const char *format, va_list va)
{
    PyObject *t, *v, *tb;
    PyErr_Fetch(&t, &v, &tb);
    PyObject *msg = PyUnicode_FromFormatV(format, va);
    PyObject *file = PySys_GetObject(stream);
    if (msg != NULL && (file == NULL || PyFile_WriteObject(msg, file, Py_PRINT_RAW) != 0)) {
        PyErr_Clear();
        const char *s = PyUnicode_AsUTF8(msg);
        if (s != NULL)
            fputs(s, strcmp(stream, "stdout") == 0 ? stdout : stderr);
    }
    Py_XDECREF(msg);
    PyErr_Clear();
    PyErr_Restore(t, v, tb);
}

void
PySys_FormatStdout(const char *format, ...)
{
    va_list va;
    va_start(va, format);
    format_to("stdout", format, va);
    va_end(va);
}

void
PySys_FormatStderr(const char *format, ...)
{
    va_list va;
    va_start(va, format);
    format_to("stderr", format, va);
    va_end(va);
}

void
PySys_WriteStdout(const char *format, ...)
{
    va_list va;
    va_start(va, format);
    write_formatted("stdout", format, va);
    va_end(va);
}

void
PySys_WriteStderr(const char *format, ...)
{
    va_list va;
    va_start(va, format);
    write_formatted("stderr", format, va);
    va_end(va);
}
