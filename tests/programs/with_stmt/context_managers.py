class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.suppress
with CM("a") as v:
    print("body", v)
with CM("outer"), CM("inner") as i:
    print("nested", i)
with CM("quiet", suppress=True):
    raise ValueError("hidden")
print("after suppressed")
try:
    with CM("loud"):
        raise KeyError("shown")
except KeyError as e:
    print("caught", e)
def f():
    with CM("ret"):
        return "returned"
print(f())
for n in range(3):
    with CM(f"loop{n}"):
        if n == 1:
            continue
        if n == 2:
            break
        print("in loop", n)
try:
    with 42:
        pass
except TypeError as e:
    print(e)
