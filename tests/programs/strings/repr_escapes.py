for s in ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "new\nline", "back\\slash", "\x00\x07\x7f", "é", "日本", "\u200b", "\U0001F600", "\ud800" if False else "z"]:
    print(repr(s), ascii(s), len(s))
print(repr("a'b\"c"))
print(str(b"bytes"), repr(1), repr([1, "a"]), repr({"k": ("t",)}))
