# Mutating exception objects: args, attributes, re-raising modified exceptions, and exception identity.
def risky(n):
    if n < 0:
        raise ValueError("negative", n)
    return n
try:
    risky(-5)
except ValueError as e:
    e.args = (e.args[0].upper(), e.args[1] * 2)
    saved = e
print(saved, saved.args, repr(saved))
try:
    try:
        risky(-1)
    except ValueError as e:
        e.context_info = "added attribute"
        raise
except ValueError as e2:
    print(e2.context_info, e2.args)
err = KeyError("k")
caught = []
for _ in range(2):
    try:
        raise err
    except KeyError as e:
        caught.append(e)
print(caught[0] is caught[1], caught[0] is err)
e = Exception("a", "b")
print(str(e), e.args)
e.args = ()
print(repr(str(e)), repr(e))
e.args = ("only",)
print(str(e), repr(e))
class WithInit(Exception):
    def __init__(self, value):
        self.value = value
w = WithInit(10)
print(w.args, w.value, str(w), repr(w))
w2 = WithInit.__new__(WithInit, "a", "b")
print(w2.args, hasattr(w2, "value"))
