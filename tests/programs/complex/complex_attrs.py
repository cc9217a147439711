# complex as a type: attributes, subclassing, coercion with other numbers.
print(complex.__name__, complex.__mro__, isinstance(1j, complex), isinstance(1, complex))
print((2j).real, (2j).imag, (1 + 0j).conjugate(), (1 - 1j).conjugate())
try:
    (1j).real = 5
except AttributeError as e:
    print(type(e).__name__, e)
class Z(complex):
    def __repr__(self):
        return "Z" + super().__repr__()
z = Z(1, 2)
print(z, repr(z), z + 1, type(z + 1).__name__, z.real, z == 1 + 2j)
print(1 + 1j + True, 1j * 2.5, 1j + 2 ** 100, (2 ** 53 + 1) * 1j)
try:
    1j + 10 ** 400
except OverflowError as e:
    print(type(e).__name__, e)
print(sum([1j, 2, 3.5]), sum([1j] * 4), [1j, 2j].count(2j), 1j in {1j: 0}, {1j, 1j + 0})
print(divmod(7, 2) if False else "ok")
try:
    divmod(1j, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    round(1j)
except TypeError as e:
    print(type(e).__name__, e)
try:
    abs(complex(1e308, 1e308))
except OverflowError as e:
    print(type(e).__name__, e)
print(complex.__add__(1j, 2), complex.__eq__(1j, 1j), complex.__eq__(1j, "x"), pow(1j, 2), pow(2, 1j * 0))
try:
    pow(1j, 2, 3)
except ValueError as e:
    print(type(e).__name__, e)
