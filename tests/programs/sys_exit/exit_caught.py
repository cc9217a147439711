# SystemExit can be caught; finally blocks run; the last uncaught one decides the status.
import sys
try:
    sys.exit(5)
except SystemExit as e:
    print("caught SystemExit", e.code, e.args, repr(e), isinstance(e, Exception), isinstance(e, BaseException))
try:
    try:
        sys.exit("message")
    finally:
        print("finally runs during exit")
except SystemExit as e:
    print("code:", e.code)
def cleanup():
    try:
        raise SystemExit(3)
    except Exception:
        print("not caught by except Exception")
try:
    cleanup()
except SystemExit as e:
    print("escaped to outer handler:", e.code)
print(SystemExit().code, SystemExit(None).code, SystemExit(0).code, SystemExit("a", "b").code)
raise SystemExit(7)
