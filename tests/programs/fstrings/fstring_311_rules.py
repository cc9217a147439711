# Python 3.11's f-string rules: quotes end the string inside replacement fields, no backslash or '#' in expressions, and 3.11's messages and offsets.
cases = ['f"{}"', 'f"{ }"', 'f"{!r}"', 'f"{:x}"', 'f"{=}"', 'f"{x!}"', 'f"{x!z}"', 'f"{x"', 'f"}"', 'f"{x}}"', 'f"{{}"',
 "f'{a b}'", 'f"{lambda x:1}"', "f'{#}'", "f'{x#}'", 'f"{\'\\\\n\'}"', 'f"{\'a\' + "b"}"', "f'{x!r=}'",
 'f"{x:{y:{z}}}"', 'f"{(}"', 'f"{)}"', 'f"{[)}"', 'f"{x:{{}}}"', 'f"{\'abc}"', 'f"{x!r:}"', 'f"{x!rr}"',
 'f"{x=!r:>10}"', 'f"{a=}"', 'f"{a!=b}"', 'f"{a<b}"', 'f"\\{x}"', 'f"{x:\\n}"', "f'''{\n x\n}'''", "f'{\nx}'",
 'f"{yield}"', 'f"{x:=1}"', 'f"{(x:=1)}"', 'f"{1 +}"', 'f"{x y z}"', 'f"{d["k"]}"', 'rf"{\\n}"',
 'f"{x}" f"{y"', '"a" f"{}"', 'f"{x:{1 +}}"', 'f"{f\'{x}\'}"', 'f"{f\'{f"{x}"}\'}"', "f'{\"a\"}'", 'f"{x!s:{y}}"']
for src in cases:
    try:
        compile(src, "<f>", "eval")
        print("compiled", src)
    except SyntaxError as e:
        print(repr(src), "->", e.msg, e.lineno, e.offset)
for src in ['x = f"{a!r}"\ny = f"{b"\n', 'def f():\n    return f"{1 +}"\n', 'print(f"{name} and {}")\n', 'a = (1,\n f"{x y}")\n']:
    try:
        compile(src, "<exec>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(repr(src), "->", e.msg, e.lineno, e.offset, repr(e.text))
