# Tracebacks through generators and yield from.
def inner():
    yield 1
    yield {}["missing key"]
def outer():
    yield from inner()
for value in outer():
    print("got", value)
