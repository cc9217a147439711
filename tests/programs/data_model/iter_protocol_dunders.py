# __iter__, __next__, __reversed__, __contains__, __len__ used by for, in, reversed, list(), unpacking and star-args.
class Log:
    def __init__(self, data):
        self.data = data
        self.calls = []
    def __iter__(self):
        self.calls.append("iter")
        return iter(self.data)
    def __len__(self):
        self.calls.append("len")
        return len(self.data)
    def __contains__(self, x):
        self.calls.append("contains")
        return x in self.data
    def __reversed__(self):
        self.calls.append("reversed")
        return reversed(self.data)
    def __getitem__(self, i):
        self.calls.append("getitem")
        return self.data[i]
l = Log([1, 2, 3])
for _ in l:
    pass
print(l.calls); l.calls.clear()
print(2 in l, l.calls); l.calls.clear()
print(list(reversed(l)), l.calls); l.calls.clear()
a, *b = l
print(a, b, l.calls); l.calls.clear()
print(len(l), bool(l), l.calls); l.calls.clear()
def f(*args):
    return args
print(f(*l), l.calls); l.calls.clear()
print(sorted(l), sum(l), list(enumerate(l)), l.calls)
