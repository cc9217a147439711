# Fill/align/sign/width combinations across types, with unicode fills.
for v in [42, -42, 3.5, -3.5, "txt"]:
    row = []
    for spec in ["<8", ">8", "^8", "*<8", "*>8", "*^8", "·^9", "=8" if not isinstance(v, str) else "<8", "+8" if not isinstance(v, str) else ">8"]:
        row.append("[" + format(v, spec) + "]")
    print(repr(v), " ".join(row))
for v in [0, 7, -7, 123456]:
    print(f"[{v:06}] [{v:+06}] [{v:-06}] [{v: 06}] [{v:=+8}] [{v:0=8}] [{v:#08x}] [{v:,}] [{v:_}]")
print(f"[{'':>5}] [{'':*^5}] [{'a':^4}] [{'ab':^5}] [{'abc':^2}]")
print("{:>{w}}|{:<{w}}|{:^{w}}".format("r", "l", "c", w=5))
print("{0:{fill}{align}{width}}".format("x", fill="~", align="^", width=7))
print(format(3.14159, "^+12.3f"), format(-1e-10, "<15e"), format(1e10, "=+15,.1f"), format(0.000123, ">10.2%"))
print(format(10**20, "<30,"), format(-(10**20), "030,"), format(255, "^#12_b"))
