# Subclassing list and the methods that do or do not return the subclass.
class MyList(list):
    def __repr__(self):
        return "MyList(" + super().__repr__() + ")"
    def total(self):
        return sum(self)
m = MyList([3, 1, 2])
print(m, m.total(), len(m), m[0], type(m[:2]).__name__, type(m + [1]).__name__, type(m * 2).__name__, type(m.copy()).__name__)
m.sort()
m.append(10)
print(m, isinstance(m, list), m == [1, 2, 3, 10], list(m), type(list(m)).__name__)
m += [4]
print(type(m).__name__, m)
class Logged(list):
    def append(self, x):
        print("append", x)
        super().append(x)
    def __setitem__(self, k, v):
        print("setitem", k, v)
        super().__setitem__(k, v)
    def __getitem__(self, k):
        r = super().__getitem__(k)
        print("getitem", k, r)
        return r
lg = Logged([1, 2])
lg.append(3)
lg[0] = 9
print(lg[1], lg)
lg.extend([4])
lg.insert(0, 0)
print(lg, [x for x in lg], sorted(lg), max(lg))
class Counting(list):
    def __len__(self):
        return 42
print(len(Counting([1])), bool(Counting()), list(Counting([1, 2])))
class WithInit(list):
    def __init__(self, *args):
        super().__init__(a * 10 for a in args)
print(WithInit(1, 2, 3), WithInit())
class Hashable(list):
    def __hash__(self):
        return 7
print({Hashable([1]): "ok"}[Hashable([1])], hash(Hashable()))
try:
    hash([1])
except TypeError as e:
    print(type(e).__name__, e)
print(list.__hash__, MyList.__hash__)
