# A negative exit status wraps around (-1 becomes 255).
import sys
sys.exit(-1)
