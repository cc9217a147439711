x = 3.14159265
print(f"{x:.2f}", f"{x:10.3f}|", f"{x:<10.1f}|", f"{x:e}", f"{x:.3E}", f"{x:g}", f"{x:%}", f"{x:.1%}", f"{-x:+.2f}")
print(format(1234567.891, ",.2f"), format(0.000012345, "g"), format(123456789.0, "g"), format(1e100, ".3g"), format(2.0, ""), format(1e16, ""))
print("%.3f %5.1f %e %g %-8.2f|" % (x, x, x, x, x))
print("{:.0f} {:.0f} {:.0f}".format(0.5, 1.5, 2.5))
print(f"{1.0:.10g}", f"{100.0:g}", f"{1e-7:g}", f"{0.1:.20f}")
