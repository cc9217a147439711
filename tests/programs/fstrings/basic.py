name, n, x = "World", 42, 3.14159
print(f"Hello, {name}!", f"{n + 1}", f"{x:.2f}", f"{n:>5}", f"{n!r}", f"{name!r:>10}", f"{'quoted'}")
print(f"{n=}", f"{x = :.1f}", f"{name=!s}", f"{[1, 2]=}")
width = 7
print(f"{n:{width}}|", f"{x:{width}.{2}f}|", f"{{braces}}", f"{'a' if n > 0 else 'b'}", f"{n:#x}", f"{n:b}")
d = {"k": [1, 2]}
print(f"{d['k'][1]}", f"{len(d)}", f"{(lambda v: v * 2)(3)}", f"""{n}
multi""")
print(f"{3.0:g}", f"{1e10:,.0f}", f"{-5:05d}", f"{'x':^5}|")
