# repr() and ascii() of strings with every kind of character.
samples = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "nl\n", "cr\r", "bell\a", "\x00\x01\x1f\x7f",
           "\x80\x9f\xa0\xad", "é", "\u200b", "\u2028", "\ud800", "\U0001F600", "\U000e0001", "\\", "\\n", "日本",
           "\x1b[0m", "\ufeff", "\uffff", "\U0010ffff", "ÿĀ"]
for s in samples:
    print(repr(s), ascii(s), len(s), len(repr(s)))
print(repr(""), ascii(""), repr("'"), repr('"'), repr("'\""), ascii("'\"é"))
print(str(["a'b", 'c"d', "é\n"]), repr({"k\t": "v\x00"}), ascii(["é", ("ü",)]))
print("\N{GREEK SMALL LETTER ALPHA}", "\N{EM DASH}", "\x41\101\u0041\U00000041", "\0", len("\777"), repr("\777"))
print(r"raw\n\t", R"\d+", rb"\x00", len(r"\\"), r"\"", '''tri'ple''', """a"b""")
print("implicit" " concat" ' of' """ strings""", ("multi"
      "line"))
