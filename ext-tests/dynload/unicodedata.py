import unicodedata as u
print(u.name("a"), u.category("A"), u.lookup("LATIN SMALL LETTER B"), u.unidata_version)
print(u.normalize("NFD", "\u00e9") == "e\u0301", u.normalize("NFC", "e\u0301"), u.decimal("9"), u.decimal("\u0663"), u.digit("7"))
print(u.ucd_3_2_0.name("a"), u.east_asian_width("\u3042"), u.mirrored("("), u.combining("\u0301"))
try:
    u.lookup("NO SUCH CHARACTER NAME")
except KeyError as e:
    print("KeyError", e)
