# Unicode: code points beyond BMP, combining characters, normalization-free comparisons, and case mapping lengths.
s = "e\u0301"
print(s, len(s), s == "é", len("é"), [hex(ord(c)) for c in s])
emoji = "👍🏽"
print(len(emoji), [hex(ord(c)) for c in emoji], emoji[0], emoji[::-1] == emoji[1] + emoji[0])
flags = "🇫🇷"
print(len(flags), flags.encode("utf-8").hex(), len(flags.encode("utf-16-le")))
mixed = "aß日😀"
print([len(c.encode("utf-8")) for c in mixed], mixed.encode("utf-8"), len(mixed.encode("utf-32-le")) // 4)
print("ß".upper(), len("ß".upper()), "ﬃ".upper(), "İ".lower(), len("İ".lower()), "ǈ".upper(), "ǈ".lower())
print(sorted("zäaöu"), "ä" > "z", max("日本語"), min("αβγ"))
print("\u00e9" == "\xe9", "\u00e9".encode(), "\N{LATIN SMALL LETTER E WITH ACUTE}" == "é")
print("abc\u0000def".split("\x00"), len("\U0001F600"), "\U0001F600".isprintable(), "\u0085".isspace(), "\u200b".isspace())
print(str(chr(0x1F600)), ascii(chr(0x1F600)), repr(chr(0xD800)), chr(0xD800).encode("utf-8", "replace"))
print("Ǆ".lower(), "ǅ".istitle(), "ǆ".capitalize(), "ΐ".upper(), len("ΐ".upper()))
