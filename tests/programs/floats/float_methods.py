# float methods and conversions.
for x in (0.0, 1.0, 0.5, 0.1, -2.75, 1e300, 3.0e-5, 123.456):
    print(x, x.as_integer_ratio(), x.is_integer(), x.hex(), x.real, x.imag, x.conjugate())
print(int(2.9), int(-2.9), int(1e18), int(-1e-9), float(7).__trunc__(), (7.9).__floor__(), (-7.1).__ceil__())
print((3.7).__int__(), (3.7).__float__(), (3.7).__abs__(), (-3.7).__neg__(), (3.7).__pos__(), (3.7).__bool__(), (0.0).__bool__())
print((1.5).__add__(1), (1.5).__radd__(1), (1.5).__add__("x"), (1.5).__eq__(1.5), (1.5).__lt__(2), (1.5).__mul__(2))
print((7.5).__mod__(2), (7.5).__rmod__(2), (7.5).__divmod__(2), (7.5).__floordiv__(2), (7.5).__pow__(2), (2.0).__rpow__(3))
print(float.__name__, float.__mro__, type(1.5).__name__, isinstance(1.5, float), isinstance(1, float))
print(float.fromhex("0x1.0000000000001p+0") - 1, (1.0).__repr__(), (1.0).__str__(), (1.0).__format__(".3f"))
print(float.__getformat__("double"))
class MyFloat(float):
    def __repr__(self):
        return "MyFloat(" + super().__repr__() + ")"
m = MyFloat(2.5)
print(m, repr(m), m + 1, type(m + 1).__name__, float(m), type(float(m)).__name__, m == 2.5, m.is_integer())
print(MyFloat("1.25"), MyFloat(), isinstance(m, float), hash(m) == hash(2.5))
print(sum([0.1] * 10), sum([0.1] * 10) == 1.0, 0.1 * 3, 1 - 0.9, 100 * 1.1, 3 * 1.1)
print(1e16, 1e15, 123456789012345678.0, 0.0001, 0.00001, 1.5e-7, 12345.678e10)
print(2.0 ** 0.5, 10 ** -2, 4 ** 0.5, 8 ** (1/3), (-8) ** 2.0, 2 ** -1.0)
print(float(1 << 60), 1 << 60 == float(1 << 60), float(2**63 - 1) == 2**63, 0.1 + 0.7, 7.0 / 3)
