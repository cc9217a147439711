# An exception inside an except block (implicit chaining) with an exception in __str__ of a custom class.
class Resource:
    def __init__(self, name):
        self.name = name
    def close(self):
        raise OSError(f"cannot close {self.name}")
def use(r):
    try:
        raise TimeoutError("operation timed out")
    except TimeoutError:
        r.close()
use(Resource("db"))
