/* Threads and the GIL: Py_BEGIN/END_ALLOW_THREADS around blocking C work
 * while Python threads run, PyGILState_Ensure/Release from a pthread C
 * creates (calling back into Python), PyGILState_Check, PyThread_* locks
 * and thread ids, and PyEval_SaveThread/RestoreThread. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <pthread.h>
#include <unistd.h>

static PyObject *
sleep_without_gil(PyObject *self, PyObject *arg)
{
    long ms = PyLong_AsLong(arg);
    if (ms == -1 && PyErr_Occurred())
        return NULL;
    int held_before = PyGILState_Check();
    int held_inside;
    Py_BEGIN_ALLOW_THREADS
    usleep((useconds_t)ms * 1000);
    held_inside = PyGILState_Check();
    Py_END_ALLOW_THREADS
    return Py_BuildValue("(ii)", held_before, held_inside);
}

typedef struct {
    PyObject *callable;
    PyObject *result;
    int gil_checked;
} Job;

static void *
worker(void *arg)
{
    Job *job = arg;
    PyGILState_STATE st = PyGILState_Ensure();
    job->gil_checked = PyGILState_Check();
    job->result = PyObject_CallFunction(job->callable, "s", "from a C thread");
    if (job->result == NULL)
        PyErr_Clear();
    PyGILState_Release(st);
    return NULL;
}

static PyObject *
call_from_c_thread(PyObject *self, PyObject *callable)
{
    Job job = {callable, NULL, 0};
    pthread_t t;
    int rc;
    Py_BEGIN_ALLOW_THREADS
    rc = pthread_create(&t, NULL, worker, &job);
    if (rc == 0)
        pthread_join(t, NULL);
    Py_END_ALLOW_THREADS
    if (rc != 0) {
        PyErr_SetString(PyExc_RuntimeError, "pthread_create failed");
        return NULL;
    }
    PyObject *r = Py_BuildValue("(Oi)", job.result ? job.result : Py_None, job.gil_checked);
    Py_XDECREF(job.result);
    return r;
}

static PyObject *
locks(PyObject *self, PyObject *unused)
{
    PyThread_type_lock lock = PyThread_allocate_lock();
    if (lock == NULL)
        return PyErr_NoMemory();
    int first = PyThread_acquire_lock(lock, WAIT_LOCK);
    int second = PyThread_acquire_lock(lock, NOWAIT_LOCK);
    PyThread_release_lock(lock);
    int third = PyThread_acquire_lock(lock, NOWAIT_LOCK);
    PyThread_release_lock(lock);
    PyLockStatus timed = PyThread_acquire_lock_timed(lock, 1000, 0);
    PyThread_release_lock(lock);
    PyThread_free_lock(lock);
    return Py_BuildValue("(iiii)", first, second, third, timed == PY_LOCK_ACQUIRED);
}

static PyObject *
thread_ident(PyObject *self, PyObject *unused)
{
    return PyLong_FromUnsignedLong(PyThread_get_thread_ident());
}

static PyObject *
save_restore(PyObject *self, PyObject *unused)
{
    PyThreadState *ts = PyEval_SaveThread();
    int held = PyGILState_Check();
    PyEval_RestoreThread(ts);
    return Py_BuildValue("(ii)", held, ts == PyThreadState_Get());
}

static PyMethodDef methods[] = {
    {"sleep_without_gil", sleep_without_gil, METH_O, NULL},
    {"call_from_c_thread", call_from_c_thread, METH_O, NULL},
    {"locks", locks, METH_NOARGS, NULL},
    {"thread_ident", thread_ident, METH_NOARGS, NULL},
    {"save_restore", save_restore, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "threads",
    .m_size = -1,
    .m_methods = methods,
};

PyMODINIT_FUNC
PyInit_threads(void)
{
    return PyModule_Create(&module);
}
