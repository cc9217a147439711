/* oxpy cpyext: CPython-internal helpers for children of fork() and
 * async-signal-safe code that lib-dynload modules (_posixsubprocess) link
 * against: opening and writing without raising, the signal dispositions a
 * child restores, and NULL-terminated char* arrays built from sequences of
 * bytes (argv/envp for exec). */

#include <Python.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

int _Py_open_noraise(const char *pathname, int flags);
Py_ssize_t _Py_write_noraise(int fd, const void *buf, size_t count);
void _Py_RestoreSignals(void);
char *const *_PySequence_BytesToCharpArray(PyObject *self);
void _Py_FreeCharPArray(char *const array[]);

/* open() with the descriptor not inherited by children; errno on failure. */
int
_Py_open_noraise(const char *pathname, int flags)
{
    int fd;
    do {
        fd = open(pathname, flags | O_CLOEXEC);
    } while (fd < 0 && errno == EINTR);
    return fd;
}

/* write() retried on EINTR, at most SSIZE_MAX bytes; errno on failure. */
Py_ssize_t
_Py_write_noraise(int fd, const void *buf, size_t count)
{
    if (count > SSIZE_MAX)
        count = SSIZE_MAX;
    ssize_t n;
    do {
        n = write(fd, buf, count);
    } while (n < 0 && errno == EINTR);
    return n;
}

/* What a child process gets back: the default action for the signals the
 * interpreter ignores at start-up. */
void
_Py_RestoreSignals(void)
{
#ifdef SIGPIPE
    signal(SIGPIPE, SIG_DFL);
#endif
#ifdef SIGXFZ
    signal(SIGXFZ, SIG_DFL);
#endif
#ifdef SIGXFSZ
    signal(SIGXFSZ, SIG_DFL);
#endif
}

void
_Py_FreeCharPArray(char *const array[])
{
    for (Py_ssize_t i = 0; array[i] != NULL; i++)
        PyMem_Free(array[i]);
    PyMem_Free((void *)array);
}

char *const *
_PySequence_BytesToCharpArray(PyObject *self)
{
    Py_ssize_t n = PySequence_Size(self);
    if (n < 0)
        return NULL;
    if (n > PY_SSIZE_T_MAX / (Py_ssize_t)sizeof(char *) - 1) {
        PyErr_NoMemory();
        return NULL;
    }
    char **array = PyMem_Malloc((size_t)(n + 1) * sizeof(char *));
    if (array == NULL) {
        PyErr_NoMemory();
        return NULL;
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        array[i] = NULL;
        PyObject *item = PySequence_GetItem(self, i);
        if (item == NULL) {
            _Py_FreeCharPArray(array);
            return NULL;
        }
        char *data;
        /* Without a length: embedded NUL bytes are an error. */
        if (PyBytes_AsStringAndSize(item, &data, NULL) < 0) {
            Py_DECREF(item);
            _Py_FreeCharPArray(array);
            return NULL;
        }
        Py_ssize_t size = PyBytes_GET_SIZE(item);
        array[i] = PyMem_Malloc((size_t)size + 1);
        if (array[i] == NULL) {
            Py_DECREF(item);
            PyErr_NoMemory();
            _Py_FreeCharPArray(array);
            return NULL;
        }
        memcpy(array[i], data, (size_t)size + 1);
        Py_DECREF(item);
    }
    array[n] = NULL;
    return array;
}
