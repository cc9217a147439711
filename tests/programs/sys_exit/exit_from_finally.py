# SystemExit raised in a finally block replaces an in-flight exception; the exit status is the SystemExit code.
import sys
def work():
    try:
        raise ValueError("in-flight error")
    finally:
        print("finally: exiting with 4")
        sys.exit(4)
work()
