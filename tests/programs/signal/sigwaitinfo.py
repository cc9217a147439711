# sigwaitinfo / sigtimedwait and struct_siginfo.
import os
import signal
import threading

print(signal.struct_siginfo.__module__, signal.struct_siginfo.n_fields, signal.struct_siginfo.n_sequence_fields)
s = signal.struct_siginfo((1, 2, 3, 4, 5, 6, 7))
print(s, s.si_band, s[0], tuple(s))
signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR1, signal.SIGUSR2])
signal.pthread_kill(threading.get_ident(), signal.SIGUSR1)
info = signal.sigwaitinfo([signal.SIGUSR1])
print(type(info).__name__, len(info), info.si_signo == signal.SIGUSR1, info.si_code, info.si_errno)
print(info.si_pid == os.getpid(), info.si_uid == os.getuid(), info.si_status)
print(signal.sigtimedwait([signal.SIGUSR1], 0), signal.sigtimedwait({signal.SIGUSR1}, 0.01))
os.kill(os.getpid(), signal.SIGUSR2)
info = signal.sigtimedwait([signal.SIGUSR1, signal.SIGUSR2], 5)
print(info.si_signo == signal.SIGUSR2, signal.sigpending())
for f, a in [(signal.sigtimedwait, ()), (signal.sigtimedwait, ([],)), (signal.sigtimedwait, ([], -1)),
             (signal.sigtimedwait, ([], "x")), (signal.sigtimedwait, ([], float("nan"))),
             (signal.sigtimedwait, ([99], 1)), (signal.sigwaitinfo, ()), (signal.sigwaitinfo, ([0],)),
             (signal.sigwaitinfo, (1,))]:
    try:
        f(*a)
    except Exception as e:
        print(type(e).__name__, e)
