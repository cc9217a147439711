# Helper: imports a module that does not exist.
import _support.not_there
