# os.fork / os.waitpid / os._exit and os.execv in a child.
import os
import sys

pid = os.fork()
if pid == 0:
    os._exit(7)
wpid, status = os.waitpid(pid, 0)
print(wpid == pid, os.WIFEXITED(status), os.WEXITSTATUS(status), os.waitstatus_to_exitcode(status))

r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(r)
    os.dup2(w, 1)
    os.execv("/bin/echo", ["echo", "from", "exec"])
os.close(w)
out = b""
while True:
    chunk = os.read(r, 100)
    if not chunk:
        break
    out += chunk
os.close(r)
_, status = os.waitpid(pid, 0)
print(out, os.waitstatus_to_exitcode(status))
