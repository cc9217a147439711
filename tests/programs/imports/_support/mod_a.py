# Helper module: plain attributes and import-time side effects.
print("mod_a: executing, __name__ =", __name__)
CONSTANT = 10
_private = "private"
def double(x):
    return x * 2
class Thing:
    def __repr__(self):
        return "Thing()"
counter = 0
def bump():
    global counter
    counter += 1
    return counter
