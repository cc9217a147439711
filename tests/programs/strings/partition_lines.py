# partition, rpartition, splitlines with every line boundary.
for s in ["a=b=c", "abc", "=", "", "==x"]:
    print(repr(s), s.partition("="), s.rpartition("="))
try:
    "abc".partition("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    "abc".rpartition(None)
except TypeError as e:
    print(type(e).__name__, e)
text = "l1\nl2\r\nl3\rl4\x0bl5\x0cl6\x1cl7\x1dl8\x1el9\x85l10\u2028l11\u2029l12"
print(text.splitlines())
print(text.splitlines(True))
print("a\n\nb\n".splitlines(), "a\n\nb\n".splitlines(keepends=True), "".splitlines(), "\n".splitlines(), "x".splitlines())
print("a\r\n".splitlines(True), "\r\r\n\n".splitlines(), "no newline".splitlines(True))
print("a\nb".split("\n"), "a\nb\n".split("\n"), "a\x85b".split(), "a\u2028b".split())
