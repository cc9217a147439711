print(7.5 // 2, 7.5 % 2, -7.5 // 2, -7.5 % 2, divmod(7.5, -2), 2.0 ** 0.5, 10 / 4, 3 * 1.1)
print(round(2.675, 2), round(0.5), round(1.5), round(2.5), round(-0.5), round(123.456, -1), round(1e20), round(3.14159, 3))
print(1.0 == 1, 1.5 > 1, 2 ** 53 + 1 == float(2 ** 53 + 1), (0.5).as_integer_ratio(), (3.0).is_integer(), (2.5).hex())
print(int(1e20), float(10 ** 20), abs(-2.5), -(1.5), max(1.5, 2), min(0.1, -0.1))
for e in ["1.0 / 0", "1.0 // 0.0", "1.0 % 0", "0.0 ** -1"]:
    try:
        eval(e)
    except ZeroDivisionError as ex:
        print("ZeroDivisionError:", ex)
