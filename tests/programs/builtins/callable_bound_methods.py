# callable() of bound methods and other callables.
class W:
    def write(self, s):
        return s

    @classmethod
    def make(cls):
        return cls()

w = W()
print(callable(w.write), callable(W.make), callable(W.write), callable(w))
print(callable(lambda: 0), callable(len), callable([].append), callable(str.upper), callable(1))
m = w.write
print(type(m).__name__, type(m).__call__(m, "via slot"))
