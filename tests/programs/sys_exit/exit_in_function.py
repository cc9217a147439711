# sys.exit deep inside calls unwinds through finally blocks and with statements.
import sys
class CM:
    def __enter__(self):
        print("enter")
    def __exit__(self, et, ev, tb):
        print("exit sees", et.__name__, ev.code)
        return False
def inner():
    with CM():
        try:
            sys.exit(9)
        finally:
            print("inner finally")
def outer():
    try:
        inner()
    finally:
        print("outer finally")
outer()
