# The is* predicates on a range of characters.
chars = ["a", "Z", "5", "٣", "²", "½", "Ⅷ", " ", "\t", "\n", "\x0b", "\x1c", "\u00a0", "\u2028", "_", "-", "é", "ß",
         "ǅ", "中", "\x00", "\x7f", "€", "𝟘", "ⅷ", "\u200b", "¹", "A1", "", "abc", "a b", "1.5", "-1", "ab_1"]
names = ["isalnum", "isalpha", "isascii", "isdecimal", "isdigit", "isidentifier", "islower", "isnumeric",
         "isprintable", "isspace", "istitle", "isupper"]
print(" ".join(n[2:6] for n in names))
for c in chars:
    print(repr(c).ljust(12), " ".join("T" if getattr(c, n)() else "." for n in names))
print("_a1".isidentifier(), "1a".isidentifier(), "class".isidentifier(), "ñame".isidentifier(), "a-b".isidentifier())
print("Hello World".istitle(), "Hello world".istitle(), "HELLO".istitle(), "123".istitle(), "A1 B2".istitle())
