# sys.exit(True) exits with 1 and sys.exit(False) would exit 0; bool is an int.
import sys
print("exit with True")
sys.exit(True)
