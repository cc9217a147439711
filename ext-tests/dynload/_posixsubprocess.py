import subprocess, sys, os
r = subprocess.run(["echo", "hello"], capture_output=True)
print(r.returncode, r.stdout)
r = subprocess.run("exit 3", shell=True)
print(r.returncode)
print(subprocess.check_output(["sh", "-c", "echo $FOO"], env={"FOO": "bar"}))
p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
out, _ = p.communicate(b"data" * 1000)
print(len(out), p.returncode)
try:
    subprocess.run(["/nonexistent/prog"])
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.filename)
r = subprocess.run(["pwd"], cwd="/tmp", capture_output=True, text=True)
print(r.stdout.strip())
r = subprocess.run(["sh", "-c", "echo err >&2; echo out"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
print(sorted(r.stdout.split()))
try:
    subprocess.run(["sleep", "5"], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print("timeout", round(e.timeout, 1))
r = subprocess.run(["sh", "-c", "echo $X"], capture_output=True, preexec_fn=lambda: os.environ.__setitem__("X", "pre"))
print(r.stdout)
import _posixsubprocess
print(_posixsubprocess.fork_exec.__name__)
