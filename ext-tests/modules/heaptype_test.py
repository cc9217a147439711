import heaptype as h

print(h.__name__, h.__doc__, h.STATE_SIZE > 0)
C = h.Counter
print(C.__name__, C.__module__, C.__doc__)
a = C(10)
b = C()
print(a, b, a.start, b.start)
print(a.next_value(), b.next_value(), a.next_value(), h.state_counter())
try:
    a.start = 3
except AttributeError as e:
    print("AttributeError", e)
try:
    C("x")
except TypeError as e:
    print("TypeError", e)
before = h.freed_count()
del a, b
print("freed:", h.freed_count() - before)

class Sub(C):
    pass

s = Sub(5)
print(s.next_value(), type(s).__name__, isinstance(s, C))
del s
print("freed:", h.freed_count() - before)
