class Grid:
    def __init__(self):
        self.cells = {}
    def __getitem__(self, key):
        if isinstance(key, slice):
            return f"slice {key.start}:{key.stop}:{key.step}"
        x, y = key
        return self.cells.get((x, y), ".")
    def __setitem__(self, key, value):
        self.cells[key] = value
    def __delitem__(self, key):
        del self.cells[key]
    def __len__(self):
        return len(self.cells)
g = Grid()
g[1, 2] = "#"
print(g[1, 2], g[0, 0], g[1:5], g[::2], len(g))
del g[1, 2]; print(len(g))
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == "short":
            return f"${self.cents // 100}"
        return f"${self.cents / 100:.2f}"
    def __repr__(self):
        return "Money(%d)" % self.cents
    def __str__(self):
        return format(self)
    def __index__(self):
        return self.cents
    def __eq__(self, o):
        return isinstance(o, Money) and o.cents == self.cents
    __hash__ = None
m = Money(1234)
print(f"{m}", f"{m:short}", str(m), repr(m), [0, 1, 2][Money(1)], bin(Money(5)), hex(Money(255)))
try:
    hash(m)
except TypeError as e:
    print(e)
class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "magic"
    def __subclasscheck__(cls, sub):
        return sub is int
class Magic(metaclass=Meta):
    pass
print(isinstance("magic", Magic), isinstance(1, Magic), issubclass(int, Magic), issubclass(str, Magic))
class Num:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self):
        return f"Num({self.v})"
print(sorted([Num(3), Num(1), Num(2)]), max(Num(5), Num(9)), Num(1) > Num(0))
