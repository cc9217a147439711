from subclass_slots import Base, through_slots

def dump(o):
    d = through_slots(o)
    for k in sorted(d):
        v = d[k]
        if k == "hash" and isinstance(v, int) and v != 4242:
            v = ("matches hash()", v == hash(o))
        print("  ", k, v)

class Plain(Base):
    pass

class Full(Base):
    def __init__(self, v=0):
        super().__init__(v + 1000)
    def __repr__(self):
        return "Full.__repr__"
    def __str__(self):
        return "Full.__str__"
    def __hash__(self):
        return 4242
    def __eq__(self, other):
        return ("Full.__eq__", other)
    def __call__(self, *args):
        return ("Full.__call__", args)
    def __iter__(self):
        return iter("it")
    def __add__(self, other):
        return "Full.__add__"
    def __len__(self):
        return 99
    def __getitem__(self, key):
        return ("Full.__getitem__", key)
    def __getattr__(self, name):
        return "Full.__getattr__ " + name

class Failing(Base):
    def __repr__(self):
        raise RuntimeError("repr fails")
    def __len__(self):
        return -1
    def __hash__(self):
        raise TypeError("no hash for you")

print("Base"); dump(Base(3))
print("Plain"); dump(Plain(4))
print("Full"); dump(Full(5))
print("Failing"); dump(Failing(6))
f = Full(1)
print(repr(f), len(f), f + 1, f[2], f.whatever, list(f), hash(f), f == 3)
