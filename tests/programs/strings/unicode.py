s = "naïve café 日本語 🎉"
print(len(s), s.upper(), s.title(), s[6:10], s[-1], s.encode("utf-8"), list(s.encode("utf-8")[:8]))
print(s.find("日"), s.index("🎉"), "é" in s, s.split(" "), s.replace("é", "e"), s.isascii(), "abc".isascii())
print(ord("€"), chr(8364), "\u00e9" == "é", "\N{GREEK SMALL LETTER ALPHA}" if False else "α", ascii("日本"), repr("\t"))
print(sorted("éaäb"), "Straße".lower(), "Straße".upper(), "ǆ".title() if False else "", "ß".casefold())
b = "grüße".encode()
print(b, b.decode(), len(b), b.decode("latin-1"))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__)
print("A".center(5, "é"), "x".ljust(3, "日"), "%s|%-4s|" % ("日", "é"), f"{'日':>3}|")
