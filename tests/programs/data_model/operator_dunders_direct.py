# Calling dunder methods directly on builtin types and on classes, and NotImplemented results.
print((3).__add__(4), (3).__add__(4.0), (3.0).__add__(4), "a".__add__("b"), [1].__add__([2]), (1,).__add__((2,)))
print((3).__radd__(4), (3).__rsub__(10), (2).__rpow__(3), (5).__rtruediv__(10), (5).__rfloordiv__(11), (5).__rmod__(12))
print((2).__mul__("x"), "x".__mul__(3), "x".__rmul__(3), [0].__mul__(2), [0].__rmul__(2), (1).__mul__([1]))
print((1).__lt__(2), (1).__lt__("x"), "a".__eq__("a"), "a".__eq__(1), (1).__ne__(1.0), [].__eq__(()), None.__eq__(None))
print(NotImplemented.__class__.__name__, repr(NotImplemented), bool is type(NotImplemented.__eq__(NotImplemented)))
print(int.__neg__(5), float.__abs__(-1.5), complex.__neg__(1j), int.__invert__(0), bool.__invert__(True))
print(dict.__getitem__({"k": 1}, "k"), list.__getitem__([5, 6], -1), str.__getitem__("abc", slice(1, None)), dict.__len__({1: 2}))
print(list.__setitem__ is not None, tuple.__contains__((1, 2), 2), set.__contains__({1}, 1), frozenset.__or__(frozenset([1]), {2}))
print(set.__or__({1}, [2]), set.__and__({1}, {1, 2}), dict.__or__({1: 1}, {2: 2}), dict.__or__({}, []))
print(object.__eq__(1, 1), object.__eq__(1, 2), object.__ne__(1, 1), object.__lt__(1, 2), object.__hash__(None) == hash(None))
print(type.__repr__(int), object.__repr__(None) if False else "skip", type.__call__(int, "5"), type.__name__)
print(int.__bool__(0), float.__bool__(0.5), str.__len__("héllo"), list.__len__([]), bytes.__len__(b"ab"))
print(int.__hash__(5), float.__hash__(2.0), str.__hash__("a") == hash("a"), tuple.__hash__(()) == hash(()))
try:
    int.__add__("a", 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list.append((), 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    str.upper(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict.__getitem__([], 0)
except TypeError as e:
    print(type(e).__name__, e)
print(int.__sub__(True, 1), bool.__and__(True, 3), int.__and__(True, 3), bool.__or__(False, False), float.__sub__(1.5, True))
