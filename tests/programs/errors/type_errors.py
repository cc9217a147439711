cases = [
    "None()", "5()", "'abc'()", "[1] + (2,)", "{} + {}", "len(3)", "1 < 'a'", "[] < ()", "None + 1",
    "'a' * 'b'", "[1, 2] * 2.5", "-'x'", "~1.5", "abs(None)", "hash([])", "hash({})", "iter(5)", "next(5)",
    "int('x', 100)", "sorted(5)", "sum('ab')", "'%d' % 'x'", "'{:d}'.format('x')", "(1).foo", "None.bar",
    "[].nonexistent", "object().x", "type.mro(5)", "divmod('a', 1)", "round('x')", "chr('a')", "ord(5)",
    "isinstance(1, 5)", "issubclass(1, int)", "getattr(1, 2)", "setattr(1, 'real', 5)", "del_me",
    "{[1]: 2}", "{{1}}", "print(end=5)", "min()", "max(1)", "list(1, 2)", "dict(1)", "str(1, 2, 3, 4)",
    "range('a')", "range(1.5)", "[1][1.5]", "'abc'[None]", "(1,)[5]", "{}.get()", "[].append()", "[].append(1, 2)",
    "bytes('abc')", "float([])", "complex('x')" if False else "1 / 0",
]
for src in cases:
    try:
        eval(src)
    except Exception as e:
        print(f"{src!r:32} {type(e).__name__}: {e}")
    else:
        print(f"{src!r:32} no error")
