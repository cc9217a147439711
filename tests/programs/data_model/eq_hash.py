# __eq__ and __hash__ interplay: defining __eq__ sets __hash__ to None, explicit hash, inheritance.
class Default:
    pass
d1, d2 = Default(), Default()
print(d1 == d2, d1 == d1, hash(d1) == hash(d1), type(hash(d1)).__name__, {d1: 1}[d1])
class EqOnly:
    def __eq__(self, o):
        return True
print(EqOnly.__hash__, "__hash__" in EqOnly.__dict__)
try:
    hash(EqOnly())
except TypeError as e:
    print(type(e).__name__, e)
try:
    {EqOnly()}
except TypeError as e:
    print(type(e).__name__, e)
class EqAndHash:
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        return isinstance(o, EqAndHash) and o.k == self.k
    def __hash__(self):
        return hash(self.k)
print(len({EqAndHash(1), EqAndHash(1), EqAndHash(2)}), EqAndHash(1) in [EqAndHash(1)], hash(EqAndHash(5)) == hash(5))
class Child(EqAndHash):
    def __eq__(self, o):
        return False
print(Child.__hash__)
class Child2(EqAndHash):
    pass
print(Child2.__hash__ is EqAndHash.__hash__, hash(Child2(3)) == hash(3))
class KeepHash(EqAndHash):
    def __eq__(self, o):
        return super().__eq__(o)
    __hash__ = EqAndHash.__hash__
print(hash(KeepHash(7)) == hash(7))
class HashNone:
    __hash__ = None
try:
    hash(HashNone())
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(HashNone(), object), hasattr(HashNone(), "__hash__"), HashNone.__hash__)
class BadHash:
    def __hash__(self):
        return "nope"
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)
class BigHash:
    def __hash__(self):
        return 2**100
print(hash(BigHash()) == hash(2**100), type(hash(BigHash())).__name__)
class NegOne:
    def __hash__(self):
        return -1
print(hash(NegOne()))
class FloatHash:
    def __hash__(self):
        return 1.5
try:
    hash(FloatHash())
except TypeError as e:
    print(type(e).__name__, e)
class IntSubHash:
    def __hash__(self):
        class I(int):
            pass
        return I(12)
print(hash(IntSubHash()))
print(hash(1) == hash(1.0) == hash(True), hash("a") == hash("a"), hash((1, "a")) == hash((1, "a")), hash(None) == hash(None))
for obj in ([], {}, set(), bytearray(), slice(1) if False else [[]]):
    try:
        hash(obj)
    except TypeError as e:
        print(type(e).__name__, e)
