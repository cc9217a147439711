# complex arithmetic corner cases: signed zeros, infinities and nan components, division, powers.
print(complex(0.0, -0.0), -complex(0.0, 0.0), complex(-0.0, 0.0) * 1, (1 + 0j) * -0.0)
print(complex(float("inf"), 0) * 0, complex(1, float("inf")), complex(float("nan"), 0), complex("nan+infj"))
print((1 + 2j) / (3 + 4j), (1 + 2j) / 2, 2 / (1 + 1j), (1e300 + 1e300j) / (1e300 + 1e300j), 1j / 1j)
print((1 + 1j) ** 2, (1 + 1j) ** 0.5, (-1 + 0j) ** 0.5, 1j ** 1j, (2 + 0j) ** -2, 0j ** 0, 0j ** 2)
print(abs(complex(3e200, 4e200)), abs(complex(float("inf"), float("nan"))), abs(complex(float("nan"), 1)))
print((1 + 2j) == complex(1, 2), (1 + 2j) != (1 - 2j), hash(1 + 2j) == hash(complex(1, 2)), complex(1, 2).conjugate())
print(complex(1, 2) + True, complex(1, 2) * False, complex(2, 0) == 2.0 == 2, (0.5 + 0.5j) * 2 == 1 + 1j)
try:
    (0j) ** (-1 + 0j)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    (1 + 1j) % 2
except TypeError as e:
    print(type(e).__name__, e)
