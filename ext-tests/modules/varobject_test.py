import varobject as v

a = v.Vec(1, 2, 3)
print(a, len(a), a[0], a[2], list(a), 2 in a, v.sizes(a))
e = v.Vec()
print(e, len(e), bool(e), v.sizes(e))
b = v.make_newvar(4)
print(b, v.sizes(b))
b.truncate(2)
print(b, len(b))
try:
    b.truncate(9)
except ValueError as x:
    print("ValueError", x)
try:
    a[3]
except IndexError as x:
    print("IndexError", x)
print(a.__sizeof__() - e.__sizeof__(), v.Vec.__itemsize__, v.Vec.__basicsize__)
try:
    v.Vec("x")
except TypeError as x:
    print("TypeError", x)
class Sub(v.Vec):
    def total(self):
        return sum(self)
s = Sub(5, 6)
print(s, s.total(), v.sizes(s)[0], type(s).__itemsize__)
big = v.Vec(*range(1000))
print(len(big), big[999], sum(big))
