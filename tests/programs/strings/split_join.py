text = "  alpha beta\tgamma\n delta  "
print(text.split(), text.split(" "), text.strip().split(None, 1), text.rsplit(None, 1), "a-b-c".rsplit("-", 1))
print("a,b,c".split(",", 0), "".split(), "".split(","), "x".split("x"), "abc".split("abc"))
print(",".join(str(i) for i in range(5)), " ".join(["one"]), "\n".join(["l1", "l2"]).splitlines())
print("CamelCaseString".swapcase(), "hello world".title(), "don't stop".title(), "ABC def".casefold())
print("%s|%5s|%-5s|%.2s" % ("x", "ab", "cd", "efgh"), "{:^7}".format("mid"), "tab\tsep".expandtabs(), "x".center(4, "-"))
print("mississippi".count("ss"), "mississippi".replace("ss", "SS", 1), "mississippi".find("ss", 3), "mississippi".rindex("i"))
print("Hello".startswith("he"), "Hello".lower().startswith("he"), "file.tar.gz".endswith((".zip", ".gz")), "abc".startswith("b", 1))
print(" x ".isspace(), "\t\n".isspace(), "١٢٣".isdigit(), "½".isnumeric(), "Ⅻ".isnumeric(), "abc".isprintable(), "a\nb".isprintable())
