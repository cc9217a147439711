# sys.exit() and sys.exit(None) exit with status 0 and print nothing to stderr.
import sys
print("before exit")
sys.exit(None)
print("not reached")
