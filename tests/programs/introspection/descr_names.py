# __name__, __qualname__ and __objclass__ of built-in descriptors, and the
# attributes, repr and equality of method-wrapper objects.
for d in (list.append, list.__len__, int.real, str.__add__, object.__init__, dict.__dict__["fromkeys"]):
    print(type(d).__name__, d.__name__, d.__qualname__, d.__objclass__)
x = [1, 2]
w = x.__len__
print(w.__name__, w.__qualname__, w.__self__ is x, w(), type(w).__name__)
print(repr(w).startswith("<method-wrapper '__len__' of list object at 0x"))
print(x.__len__ == x.__len__, x.__len__ == [].__len__, x.__len__ != x.__len__, hash(w) == hash(x.__len__))
print((1).__add__.__self__, (1).__add__.__name__)
