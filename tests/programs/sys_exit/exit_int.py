# sys.exit(N) with an int status; the stdout written before exiting is kept.
import sys
for i in range(3):
    print("line", i)
sys.stdout.write("partial line without newline")
sys.exit(42)
