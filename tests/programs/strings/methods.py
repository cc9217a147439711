s = "The quick brown fox"
print(s.upper(), s.lower(), s.title(), s.swapcase(), s.capitalize(), "ß".upper(), "ǅ".lower())
print(s.split(), s.split("o"), s.split(" ", 1), s.rsplit(" ", 1), "a,b,,c".split(","), "  a  b ".split())
print(s.find("q"), s.find("z"), s.rfind("o"), s.index("b"), s.count("o"), s.count(""), s.startswith(("x", "The")), s.endswith("fox"))
print(s.replace("o", "0"), s.replace("o", "0", 1), "-".join("abc"), "".join([]), s.partition(" "), s.rpartition(" "))
print("  pad  ".strip(), "xxhixx".strip("x"), "  l".lstrip(), "r  ".rstrip() + "|", "hi".center(8, "*"), "hi".ljust(5) + "|", "hi".rjust(5), "42".zfill(5), "-42".zfill(6))
print("abc".isalpha(), "abc1".isalnum(), "123".isdigit(), "  ".isspace(), "Abc".istitle(), "ABC".isupper(), "abc".islower(), "x_1".isidentifier(), "1x".isidentifier())
print("a\tb".expandtabs(4), "line1\nline2\r\nline3".splitlines(), "line1\nline2".splitlines(True))
print("prefix_name".removeprefix("prefix_"), "name.txt".removesuffix(".txt"), "hello"[::-1], "hello"[1:3], "hello"[-2:])
print("abc".translate(str.maketrans("ab", "xy")), "hello" * 3, "ab" in "cabd", "x" not in "abc", len("héllo"))
try:
    "abc".index("z")
except ValueError as e:
    print(e)
try:
    "a" + 1
except TypeError as e:
    print(e)
