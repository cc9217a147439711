import fcntl
print(fcntl.F_GETFL, fcntl.LOCK_EX, fcntl.F_SETFD)
print(fcntl.fcntl(0, fcntl.F_GETFD) >= 0)
try:
    fcntl.fcntl(-1, fcntl.F_GETFD)
except (OSError, ValueError) as e:
    print(type(e).__name__, e)
