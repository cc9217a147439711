# f-strings: format specs, conversions, nested replacement fields, and the = specifier.
name, value, width, prec = "pi", 3.14159265, 12, 3
print(f"{name}: {value:.2f}|{value:>{width}.{prec}f}|{value:<{width}}|{value:^{width}.{prec - 1}e}|")
print(f"{name!r} {name!s} {name!a} {'é'!a} {name!r:>8} {name=} {value=:.1f} {width + 1 = } {name = !s}")
print(f"{1_000_000:,} {255:#x} {255:08b} {-5:+d} {0.5:%} {12345.678:_.2f} {'left':<8}| {'mid':*^9}")
x = 42
print(f"{x=}", f"{x = }", f"{x=!r}", f"{x=:>5}", f"{'lit'=}", f"{x * 2=}", f"{ x =}")
d = {"key": "val", 1: "one"}
lst = [10, 20]
print(f"{d['key']} {d[1]} {lst[-1]} {lst[0] + lst[1]} {len(lst)} {'nested ' + f'{x}'} {[i for i in range(3)]}")
print(f"{{literal braces}} {{{x}}} {x:{'>'}{5}}")
print(f"{'{'}{'}'}", f"{3:{'0'}{'4'}}")
obj = type("O", (), {"attr": "A", "m": lambda self: "M"})()
print(f"{obj.attr} {obj.m()} {(lambda: 'lambda')()} {x if x > 0 else -x} {(y := 7)} {y}")
print(f"""{'multi'
      'part'}""", f"""triple {x}
quoted""", rf"raw \n {x}", fr"\t{x}")
print(f"{3.0:g} {1e20:g} {1/3:.3} {2**64:e} {-0.0:+}", f"{True:d}", f"{None!s:>6}")
nested_spec = "^10"
print(f"[{'c':{nested_spec}}] [{x:{nested_spec}}] [{value:{'.' + str(prec) + 'f'}}]")
print(f"{x:}", f"{'':}", f"{x!s:}", f"")
items = ["a", "b"]
print(f"{', '.join(items)}", f"{items!r}", f"{'-'.join(f'<{i}>' for i in items)}")
try:
    f"{x:z}"
except ValueError as e:
    print(type(e).__name__, e)
try:
    f"{x!r:d}"
except ValueError as e:
    print(type(e).__name__, e)
for src in ['f"{}"', 'f"{x!z}"', 'f"{x"', 'f"}"', 'f"{x!}"', "f'{a b}'", 'f"{lambda x:1}"', "f'{#}'"]:
    try:
        compile(src, "<f>", "eval")
        print("compiled", src)
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
