# SystemExit with a non-int, non-None argument: printed to stderr (str of it), status 1.
import sys
class Reason:
    def __str__(self):
        return "custom reason object"
print("stdout first")
sys.exit(Reason())
