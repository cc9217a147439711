# A formatted numeric table exercising widths, precision and thousands separators.
rows = [("alpha", 1234.5, 0.1234, 42), ("beta", -0.5, 1.0, -7), ("gamma", 1e7, 0.00051, 123456789), ("δelta", 0.0, -0.25, 0)]
header = f"{'name':<8}|{'value':>14}|{'pct':>9}|{'count':>13}|{'hex':>10}"
print(header)
print("-" * len(header))
for name, value, pct, count in rows:
    print(f"{name:<8}|{value:>14,.2f}|{pct:>9.1%}|{count:>13,}|{count:>#10x}")
totals = sum(r[1] for r in rows), sum(r[3] for r in rows)
print(f"{'total':<8}|{totals[0]:>14,.2f}|{'':>9}|{totals[1]:>13_}|")
print("%-8s|%14.2f|%8.1f%%|%13d" % ("pct", 12.345, 99.95, -1))
for w in range(1, 6):
    print(f"{3.14159265:{w + 4}.{w}f}|{2 ** w:>{w}}|{'x' * w:^{w + 2}}|")
print("{:e} {:E} {:.0e} {:g} {:G} {:.2g}".format(123456.789, 0.000123, 5.5, 1e-5, 1e50, 0.00012345))
