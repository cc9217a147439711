# signal: handlers run on the main thread with (signum, frame), the table
# starts from the real dispositions, masks, timers and error messages.
import os
import signal
import time

print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(signal.getsignal(signal.SIGPIPE), signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGXFSZ))
print(signal.SIGINT, repr(signal.Signals.SIGTERM), signal.NSIG, signal.SIG_BLOCK, signal.ITIMER_REAL)
print(signal.valid_signals() == {s for s in range(1, 65) if s not in (32, 33)} or "other valid set")
print(signal.strsignal(signal.SIGINT), signal.strsignal(signal.SIGTERM))

got = []


def handler(signum, frame):
    got.append((signum, type(frame).__name__))


print(signal.signal(signal.SIGUSR1, handler))
print(signal.signal(signal.SIGUSR1, handler) is handler)
signal.raise_signal(signal.SIGUSR1)
print("after raise_signal", got)
signal.raise_signal(signal.SIGUSR1)
print("after second raise", got)

# A blocked signal stays pending until unblocked.
old = signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR1])
print(signal.SIGUSR1 in old)
signal.raise_signal(signal.SIGUSR1)
print("pending", signal.SIGUSR1 in signal.sigpending(), len(got))
signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGUSR1])
print("unblocked", len(got))

# SIGINT raises KeyboardInterrupt through default_int_handler.
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print("KeyboardInterrupt")
try:
    signal.default_int_handler(2, None)
except KeyboardInterrupt:
    print("default_int_handler raises")

# A handler that raises: the exception comes out of the interrupted code.
def raising(signum, frame):
    raise RuntimeError(f"from handler {signum}")


signal.signal(signal.SIGUSR2, raising)
try:
    signal.raise_signal(signal.SIGUSR2)
except RuntimeError as e:
    print(e)

# Timers interrupt sleep; the handler runs and sleep goes on.
alarms = []
signal.signal(signal.SIGALRM, lambda s, f: alarms.append(s))
print(signal.setitimer(signal.ITIMER_REAL, 0.05))
t0 = time.monotonic()
time.sleep(0.2)
print("alarm", alarms, time.monotonic() - t0 >= 0.2)
print(signal.getitimer(signal.ITIMER_REAL))
print(signal.alarm(0))

# Back to the defaults.
print(signal.signal(signal.SIGUSR1, signal.SIG_DFL) is handler)
print(signal.getsignal(signal.SIGUSR1))
print(signal.signal(signal.SIGUSR2, signal.SIG_IGN) is raising)
signal.raise_signal(signal.SIGUSR2)
print("ignored")
print(issubclass(signal.ItimerError, OSError), signal.ItimerError.__name__)

for expr in ["signal.signal(0, signal.SIG_DFL)", "signal.signal(2, 5)", "signal.signal(9, signal.SIG_IGN)",
             "signal.getsignal(99)", "signal.strsignal(0)", "signal.pthread_sigmask(0, [99])",
             "signal.set_wakeup_fd(1)", "signal.alarm('x')", "signal.signal(2)", "signal.setitimer(5, 1)",
             "signal.raise_signal(99)", "signal.siginterrupt(99, 1)"]:
    try:
        r = repr(eval(expr))
    except Exception as e:
        r = f"{type(e).__name__}: {e}"
    print(expr, "->", r)
r, w = os.pipe()
os.set_blocking(w, False)
print(signal.set_wakeup_fd(w), signal.set_wakeup_fd(-1) == w)
