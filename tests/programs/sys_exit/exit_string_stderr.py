# A string passed to sys.exit goes to stderr, with stdout flushed first.
import sys
print("to stdout")
sys.stderr.write("explicit stderr line\n")
sys.exit("fatal: something went wrong")
