# int methods and attributes.
for n in (0, 1, -1, 10, -10, 255, 2**31, -(2**63)):
    print(n, n.bit_length(), n.bit_count(), n.numerator, n.denominator, n.as_integer_ratio())
print((10).__add__(5), (10).__radd__(5), (10).__sub__(3), (10).__rsub__(3), (7).__floordiv__(2))
print((7).__truediv__(2), (7).__rtruediv__(2), (3).__pow__(2), (3).__rpow__(2), (5).__neg__(), (5).__invert__())
print((5).__add__(1.0), (5).__eq__(5.0), (5).__mul__("a"), (5).__rmul__("ab"))
print(int.__name__, int.__qualname__, type(int.bit_length).__name__, type((1).bit_length).__name__)
print((255).to_bytes(2, "big"), (255).to_bytes(2, byteorder="little"), (0).to_bytes(0, "big"))
print(int.from_bytes([1, 2, 3], "big"), int.from_bytes(b"", "big"), int.from_bytes(b"\x80\x00", "big", signed=True))
print((12).__index__(), (12).__int__(), (12).__float__(), (12).__trunc__(), (12).__floor__(), (12).__ceil__())
print((12).__round__(), (1234).__round__(-2), (12).__bool__(), (0).__bool__(), (12).__abs__(), (-12).__abs__())
print((17).__divmod__(5), (17).__rdivmod__(5), (17).__mod__(5), (17).__rmod__(5))
print((6).__and__(3), (6).__or__(3), (6).__xor__(3), (1).__lshift__(4), (64).__rshift__(2))
print(int.__add__(2, 3), int.__mul__(4, 5), int.__lt__(1, 2), int.__ge__(1, 2))
print(isinstance(True, int), issubclass(bool, int), int.__base__.__name__, bool.__base__.__name__)
print(int.__mro__, bool.__mro__)
print((3).__sizeof__() > 0, (3).__format__("05d"), (3).__format__(""), (3).__repr__(), (3).__str__())
try:
    (3).to_bytes(1, "middle")
except ValueError as e:
    print(type(e).__name__, e)
try:
    int.bit_length("x")
except TypeError as e:
    print(type(e).__name__, e)
print(int.real.__class__.__name__, (5).real, (5).imag, (5).conjugate(), True.real, True.conjugate())
print((2).__pow__(10, 1000), pow(2, 10, 1000), (2).__pow__(-1))
