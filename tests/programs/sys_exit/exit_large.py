# An exit status above 255 is reduced modulo 256 by the OS.
import sys
print("exiting with 256 + 7")
sys.exit(263)
