# Case conversion methods, including non-ASCII and special casing.
samples = ["hello world", "Hello World", "HELLO", "hELLO wORLD", "straße", "ǅungla", "İstanbul", "ΣΊΣΥΦΟΣ",
           "ﬁne", "123abc", "", "o'neil's-test_case", "αβγ ΑΒΓ", "ß", "ŉ", "a1b2 c3"]
for s in samples:
    print(repr(s), repr(s.upper()), repr(s.lower()), repr(s.capitalize()), repr(s.title()),
          repr(s.swapcase()), repr(s.casefold()))
for s in samples:
    print(repr(s), s.isupper(), s.islower(), s.istitle(), len(s.upper()), len(s.casefold()))
print("ΑΣ ΟΔΟΣ".lower(), "ΣΑ".lower(), "Σ".lower(), "aΣb".lower(), "aΣ".lower())
print("they're bill's friends".title(), "x1y2".title(), "_abc def".title(), "ǆ".title(), "ǆ".upper())
print("ﬀ".upper(), "ﬀ".title(), "İ".lower(), len("İ".lower()), "ı".upper(), "ÿ".upper())
