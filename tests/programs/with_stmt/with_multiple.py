# Multiple context managers: enter/exit order, exceptions in the middle of entering, and suppression by inner ones.
class CM:
    def __init__(self, name, fail_enter=False, suppress=False):
        self.name, self.fail_enter, self.suppress = name, fail_enter, suppress
    def __enter__(self):
        if self.fail_enter:
            print("enter fails", self.name)
            raise RuntimeError(f"enter {self.name}")
        print("enter", self.name)
        return self.name
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return self.suppress
with CM("a") as a, CM("b") as b, CM("c") as c:
    print("body", a, b, c)
try:
    with CM("a"), CM("b", fail_enter=True), CM("c"):
        print("not reached")
except RuntimeError as e:
    print("caught", e)
with CM("outer"), CM("inner", suppress=True):
    raise ValueError("suppressed by inner")
print("continued")
with CM("x") as x, CM(x + "-derived") as y:
    print(y)
with (CM("p"), CM("q")):
    pass
with (CM("r") as r, CM("s") as s,):
    print(r, s)
