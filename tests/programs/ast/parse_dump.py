# ast.parse and ast.dump of varied sources, with positions (UTF-8 byte columns).
import ast

SOURCES = [
    '@dec\n@d2(1)\ndef f(a, /, b=1, *c, d, e=2, **g) -> int: pass',
    '@dec  # comment\n\nclass A(B, metaclass=M):\n    x: int = 1\n    y: "str"\n    (z): int',
    'async def g():\n    async for x in y: await x\n    async with a as b, c: yield\n    return [i async for i in z]',
    'f(x for x in y)\nf((x for x in y), 1)\nf(*a, k=1, **kw)',
    'f"a{b!r} c" "d"\nf"{x=}"\nf""\nf"{x:>10}"',
    'u"x" "y"\nb"a" b"b"\nr"\\n"',
    '"é" + x + "日本"\n',
    'import a.b as c\nfrom . import (x)\nfrom ..m import y as z, w\nfrom m import *',
    'try:\n  pass\nexcept E as e:\n  pass\nexcept (A, B):\n  pass\nelse:\n  pass\nfinally:\n  pass',
    'try:\n  pass\nexcept* E:\n  pass',
    'if a:\n  pass\nelif b:\n  pass\nelif c:\n  pass\nelse:\n  x = 1',
    'match x:\n case [1, *r]: pass\n case {"a": 1, **k}: pass\n case P(1, a=2) | None: pass\n case (y as z) if z: pass\n case _: pass',
    'lambda: 0\nlambda x, *y, z=3, **w: x',
    'x[1:2, ::3]\nx[a:b]\nx[()]\ndel x[0], y.z',
    'a < b > c; not a; -1; 10**100; 1.5; 2j; ...; True; None; ~x; +y',
    'a and b or c\n(a := 1)\nx if y else z\n{1: 2, **d}\n{1, 2}\n[*a, b]\n(1,)\n()',
    '{k: v for k, v in d.items() if k}\n{i for i in r}\n[j for i in r for j in i]',
    'global g\nnonlocal n\nassert x, "msg"\nraise E from F\nraise\nx += 1\nx @= y\nwhile True:\n  break\nelse:\n  continue',
    'for i in range(3):\n    print(i)\nelse:\n    pass',
    'with open(f) as (a, b):\n    pass',
    'x = y = 0xFF_FF\nz: list[int]',
]

for src in SOURCES:
    print(ast.dump(ast.parse(src), include_attributes=True))
print(ast.dump(ast.parse('1 + 2', mode='eval'), include_attributes=True))
print(ast.dump(ast.parse('x = 1', mode='single')))
print(ast.dump(ast.parse('def f(): "doc"'), indent=2))
tree = compile('a.b(c)', '<s>', 'exec', ast.PyCF_ONLY_AST)
print(type(tree).__name__, ast.dump(tree))
print(compile(tree, '<s>', 'exec', ast.PyCF_ONLY_AST) is tree)
