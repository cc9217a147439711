# repr/str of floats at the boundaries of scientific notation and shortest round-trip.
for v in [1e15, 1e16, 1e17, 123456789012345.6, 1234567890123456.7, 0.0001, 0.00001, 1.5e-5, 9.999999999999999e15, 1e-4, 0.00012345,
          1.7976931348623157e308, 2.2250738585072014e-308, 5e-324, 1 / 3, 2 / 3, 0.1, 0.2, 0.7, 1.0, -1.0, 100.0, 1e22, 1e23]:
    print(repr(v), str(v), float(repr(v)) == v)
print([round(x, 3) for x in [1.0005, 1.0015, 2.675, 0.0005]], 1.0, 1., 10., -0., 1e0, 1E1)
print(f"{1e16}", f"{1e16:f}", f"{1e-5}", f"{1e-5:f}", str(12345678901234567890.0), str(1.0e-10))
