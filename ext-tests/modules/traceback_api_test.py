import traceback
import traceback_api as t

def inner():
    raise KeyError("deep")

def outer():
    inner()

print(t.catch_tb(outer))
print(t.catch_tb(lambda: 1 / 0))
print(t.catch_tb(lambda: "no error"))
try:
    t.reraise(outer)
except KeyError as e:
    names = [f.name for f in traceback.extract_tb(e.__traceback__)]
    print("reraised", names)

def where():
    return t.current_frame()

print(where())
print(t.current_frame())
