#!/usr/bin/env python3.11
"""Writes the `_sre` differential programs, tests/programs/stdlib_re/sre_*.py.

Each program calls `_sre.compile` with the code that CPython 3.11's
`re._compiler` emits for a list of patterns, then prints the results of
matching them, so the engine is checked without importing `re` itself.
Regenerate after editing the cases, then record the expected output:

    python3.11 tools/gen_sre_programs.py
    python3 tools/gen_expected.py stdlib_re/sre_*.py
"""
import os
import re
import re._compiler as compiler
import re._parser as parser

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "tests", "programs", "stdlib_re")

# (pattern, flags, [(method, *args)]); a method name starting with "!" is
# expected to raise and prints the exception.
ENGINE = [
    (r'(a+)(b)?', 0, [('match', 'aab'), ('match', 'xaab'), ('search', 'xxaab'), ('findall', 'aab xa ab'), ('split', 'xaabyaz'), ('fullmatch', 'aab'), ('fullmatch', 'aabb')]),
    (r'abc', 0, [('search', 'xxabcxx'), ('findall', 'abcabcab'), ('sub', '-', 'abcxabc'), ('match', 'ab'), ('search', 'xxabcxx', 3), ('search', 'xxabcxx', 0, 4)]),
    (r'a|b|cd', 0, [('findall', 'abcdcx'), ('search', 'xxcd')]),
    (r'(?:ab)*c', 0, [('match', 'ababc'), ('match', 'abac'), ('search', 'xabababcx')]),
    (r'(ab)*?c', 0, [('match', 'ababc'), ('findall', 'abcabababcc')]),
    (r'a{2,5}?b', 0, [('search', 'aaaaab'), ('search', 'ab')]),
    (r'(?>ab|a)c', 0, [('match', 'abc'), ('match', 'ac')]),
    (r'(?:ab)*+ab', 0, [('match', 'ababab')]),
    (r'(?:ab){1,2}+', 0, [('findall', 'abababab')]),
    (r'a*+a', 0, [('match', 'aaa')]),
    (r'a++b', 0, [('match', 'aaab')]),
    (r'a?+b', 0, [('findall', 'abb')]),
    (r'x(?=y)', 0, [('search', 'xzxy'), ('findall', 'xyxyxz')]),
    (r'x(?!y)', 0, [('findall', 'xyxzx')]),
    (r'(?<=a)b', 0, [('findall', 'abcbab')]),
    (r'(?<!a)b', 0, [('findall', 'abcbab')]),
    (r'(a)|b\1', 0, [('search', 'ba'), ('findall', 'aba')]),
    (r'(a)?(?(1)b|c)', 0, [('findall', 'abcacb'), ('match', 'c')]),
    (r'(?i)abc', 0, [('findall', 'ABCabcAbC')]),
    (r'(?i)[a-z]+', 0, [('findall', 'Hello WORLD ǅ ſ K')]),
    (r'\w+', 0, [('findall', 'héllo wörld_1 ünïcode ١٢٣ 日本語')]),
    (r'(?a)\w+', 0, [('findall', 'héllo wörld_1')]),
    (r'\d+', 0, [('findall', 'a12b٣٤c')]),
    (r'(?a)\d+', 0, [('findall', 'a12b٣٤c')]),
    (r'\s+', 0, [('split', 'a b\tc\u2028d\x1ce')]),
    (r'(?a)\s+', 0, [('split', 'a b\tc\u2028d\x1ce')]),
    (r'\bfoo\b', 0, [('findall', 'foo foobar afoo foo.')]),
    (r'\Bo\B', 0, [('findall', 'foo boo o')]),
    (r'^\w+$', re.M, [('findall', 'ab\ncd\n\nef')]),
    (r'^', re.M, [('sub', '>', 'a\nb\n')]),
    (r'$', 0, [('sub', '<', 'a\nb\n')]),
    (r'$', re.M, [('sub', '<', 'a\nb\n')]),
    (r'.', 0, [('findall', 'a\nb')]),
    (r'.', re.S, [('findall', 'a\nb')]),
    (r'\A\w|\w\Z', 0, [('findall', 'abc def')]),
    (r'[^abc]+', 0, [('findall', 'xyzabcdef')]),
    (r'[\u0100-\u0200a\d]+', 0, [('findall', 'aĀȀɀ12x')]),
    (r'[\U0001F600-\U0001F64F]', 0, [('findall', 'hi 😀 there 🙏!')]),
    (r'[^\W\d]+', 0, [('findall', 'ab12cd_é3')]),
    (r'x*', 0, [('sub', '-', 'abxd'), ('split', 'axbc'), ('findall', 'axxb'), ('subn', '-', 'abxd', 2)]),
    (r'', 0, [('split', 'abc'), ('sub', '-', 'abc'), ('findall', 'ab'), ('match', 'abcdef', 5, 2), ('fullmatch', 'abcdef', 5, 2)]),
    (r'(?P<first>\w+) (?P<last>\w+)', 0, [('match', 'Jane Doe'), ('search', 'x')]),
    (rb'(a+)b', 0, [('findall', b'aab ab'), ('sub', b'x', b'aabab'), ('split', b'caabd'), ('match', b'aab')]),
    (rb'(?i)\w+', 0, [('findall', b'Hello W\xe9rld')]),
    (rb'[\x80-\xff]+', 0, [('findall', b'ab\x80\xffcd\xfe')]),
    (r'(?i)straße', 0, [('search', 'STRASSE strasse STRAßE')]),
    (r'(?i)[k]', 0, [('findall', 'kK\u212a')]),
    (r'(?i)[^k]', 0, [('findall', 'kK\u212ax')]),
    (r'(?i)\u0130', 0, [('findall', 'i\u0130\u0069')]),
    (r'(?i)[\u00e0-\u00ff]+', 0, [('findall', 'ÀÉÎõü')]),
    (r'(?ia)[a-z]+', 0, [('findall', 'HeLLo ǅ')]),
    (rb'(?L)\w+', 0, [('findall', b'ab\xe9 c_d')]),
    (rb'(?iL)[a-z]+|\bK', 0, [('findall', b'HeLLo K')]),
    (r'(a|ab)(c|bcd)(d*)', 0, [('match', 'abcd')]),
    (r'(a*)*', 0, [('match', 'b'), ('match', 'aaab')]),
    (r'(a*)+', 0, [('match', 'b')]),
    (r'(a|b)*?c', 0, [('match', 'abac')]),
    (r'(?:a|(b))+', 0, [('match', 'ab'), ('match', 'ba')]),
    (r'((a)|b)+', 0, [('match', 'ab')]),
    (r'(?s).*?x', 0, [('search', 'ab\ncx')]),
    (r'a.{3,}?c', 0, [('findall', 'abbbbcbbc')]),
    (r'(?:x|y){2,3}?z', 0, [('findall', 'xyxzyyyz')]),
    (r'\d{3}-\d{4}', 0, [('findall', 'call 555-1234 or 555-98765')]),
    (r'([a-z]+)@([a-z]+)\.com', 0, [('findall', 'bob@example.com, ann@test.com')]),
    (r'(\w)\1', 0, [('findall', 'aabbcdde')]),
    (r'(?i)(\w)\1', 0, [('findall', 'aAbBcd')]),
    (r'(?x) a  b # comment\n c', 0, [('search', 'xabc')]),
    (r'[\w.-]+', 0, [('findall', 'foo.bar-baz qux')]),
    (r'(?<=\d{3})x', 0, [('findall', '123x12x')]),
    (r'a(?=b)|a', 0, [('findall', 'abac')]),
    (r'(a)(?:(b)|c)*', 0, [('match', 'abcb'), ('match', 'acbc')]),
    (r'(?:(a)|b)*', 0, [('match', 'ab')]),
    (r'(a)|(b)', 0, [('sub', 'LASTINDEX', 'abab')]),
    (r'(?:a(?:b(c)?)?)+', 0, [('match', 'aababc')]),
    (r'(a)(?=(b))', 0, [('findall', 'abab')]),
    (r'(?!a)(.)', 0, [('findall', 'abca')]),
    (r'(?:(?=(a))a)*', 0, [('match', 'aaa')]),
    (r'(?:a|b|c)+?d', 0, [('search', 'xxabcabcd')]),
    (r'<.*?>', 0, [('findall', '<a><b></b></a>')]),
    (r'<.*>', 0, [('findall', '<a><b></b></a>')]),
    (r'[0-9a-fA-F]+', 0, [('findall', 'deadBEEF 0x1f zz')]),
    (r'\W+', 0, [('split', 'a, b; c.d')]),
    (r'(\W+)', 0, [('split', 'a, b; c.d')]),
    (r'(\W+)?x', 0, [('split', 'a, xb')]),
    (r'x', 0, [('split', 'axbxc', 1), ('split', 'axbxc', -1), ('sub', 'y', 'xxx', -1), ('subn', 'y', 'xxx', 2)]),
    (r'(?m)^\s*#.*$', 0, [('sub', '', 'a\n  # c\nb # d\n')]),
    (r'\\', 0, [('findall', 'a\\b\\\\c')]),
    (r'[\]\[-]', 0, [('findall', 'a]b[c-d')]),
    (r'(?i)ǅ', 0, [('findall', 'ǄǅǆDž')]),
]

ERRORS = [
    (r'a', 0, [('!match', b'a'), ('!findall', 3), ('!sub', 'x', None), ('!match', 'a', 'x'), ('!match',), ('!match', 'a', 0, 1, 2)]),
    (rb'a', 0, [('!search', 'a'), ('!split', 'a')]),
]

# (pattern, flags, [Python lines using `p`]): long subjects, built at run time.
DEEP = [
    (r'(?:a)*', 0, ["print(p.match('a' * 200000).span())"]),
    (r'(ab|c)*', 0, ["m = p.match('ab' * 100000 + 'c')", "print(m.span(), m.group(1), m.lastindex)"]),
    (r'(?:(a)|b)*?c', 0, ["m = p.match('ab' * 50000 + 'c')", "print(m.span(), m.group(1))"]),
    (r'(?:x+)+y', 0, ["print(p.search('x' * 20 + 'y'))"]),
    (r'\w+\s*', 0, ["print(len(p.findall('word ' * 100000)))"]),
    (r'(?=(a+))a*b\1', 0, ["print(p.search('a' * 5000 + 'baaa').span())"]),
]

# Character classes and case folding over every code point.
UNICODE_LINES = [
    "s = ''.join(map(chr, range(0x110000)))",
    "print(sum(1 for c in range(0x110000) if _sre.unicode_iscased(c)), sum(_sre.unicode_tolower(c) for c in range(0x110000)))",
    "print(sum(1 for c in range(256) if _sre.ascii_iscased(c)), sum(_sre.ascii_tolower(c) for c in range(256)))",
]
UNICODE = [
    (r'\w', 0, ["r = p.findall(s)", "print(len(r), sum(map(ord, r)))"]),
    (r'\d', 0, ["r = p.findall(s)", "print(len(r), sum(map(ord, r)))"]),
    (r'\s', 0, ["r = p.findall(s)", "print(len(r), sum(map(ord, r)))"]),
    (r'\b', 0, ["print(len(p.findall(s)))"]),
    (r'(?i)[a-z\u0100-\u017f]', 0, ["r = p.findall(s)", "print(len(r), sum(map(ord, r)))"]),
    (r'(?i)\u00df|k|\u03c3', 0, ["r = p.findall(s)", "print(len(r), sum(map(ord, r)))"]),
    (r'(?m)$', 0, ["print(len(p.findall(s)))"]),
]

PRELUDE = '''import _sre


def show(r):
    if r is None:
        print(None)
    elif hasattr(r, 'regs'):
        print(repr(r), r.regs, r.lastindex, r.lastgroup, r.groups(), r.groupdict(), r.pos, r.endpos)
        print(' ', r.group(), r.span(), r[0], r.start(), r.end(), r.string == r.re.pattern or r.re is not None)
        for g in range(1, len(r.regs)):
            print(' ', g, r.group(g), r.start(g), r.end(g), r.span(g), r[g], r.group(0, g))
    else:
        print(repr(r))


def call(f, *args):
    try:
        show(f(*args))
    except Exception as e:
        print(type(e).__name__, e)
'''


def compile_args(pat, flags):
    p = parser.parse(pat, flags)
    code = compiler._code(p, flags)
    groupindex = p.state.groupdict
    indexgroup = [None] * p.state.groups
    for k, v in groupindex.items():
        indexgroup[v] = k
    return (f"_sre.compile({pat!r}, {int(flags | p.state.flags)}, {[int(c) for c in code]!r}, "
            f"{p.state.groups - 1}, {dict(groupindex)!r}, {tuple(indexgroup)!r})")


def program(cases):
    out = [PRELUDE]
    for pat, flags, ops in cases:
        out.append(f"p = {compile_args(pat, flags)}")
        out.append("print(repr(p), p.groups, p.flags, [(k, p.groupindex[k]) for k in sorted(p.groupindex)])")
        for name, *args in ops:
            if name.startswith('!'):
                out.append(f"call(p.{name[1:]}, {', '.join(repr(a) for a in args)})")
            elif args and args[0] == 'LASTINDEX':
                out.append(f"show(p.{name}(lambda m: str(m.lastindex) + m.group(), {', '.join(repr(a) for a in args[1:])}))")
            else:
                out.append(f"show(p.{name}({', '.join(repr(a) for a in args)}))")
                if name == 'search':
                    out.append(f"print([m.span() for m in p.finditer({', '.join(repr(a) for a in args)})])")
    return "\n".join(out) + "\n"


def deep_program(cases):
    out = ["import _sre"]
    for pat, flags, lines in cases:
        out.append(f"p = {compile_args(pat, flags)}")
        out.extend(lines)
    return "\n".join(out) + "\n"


def main():
    os.makedirs(OUT, exist_ok=True)
    for name, cases in [("sre_engine", ENGINE), ("sre_errors", ERRORS)]:
        with open(os.path.join(OUT, name + ".py"), "w") as f:
            f.write(f"# Generated by tools/gen_sre_programs.py from CPython 3.11's re._compiler; do not edit.\n")
            f.write(program(cases))
    with open(os.path.join(OUT, "sre_unicode.py"), "w") as f:
        f.write("# Generated by tools/gen_sre_programs.py from CPython 3.11's re._compiler; do not edit.\n")
        f.write(deep_program(UNICODE).replace("import _sre\n", "import _sre\n" + "\n".join(UNICODE_LINES) + "\n", 1))
    with open(os.path.join(OUT, "sre_deep.py"), "w") as f:
        f.write("# Generated by tools/gen_sre_programs.py from CPython 3.11's re._compiler; do not edit.\n")
        f.write(deep_program(DEEP))


main()
