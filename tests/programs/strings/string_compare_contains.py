# String membership, comparison chains, ordering by code point, and str methods taking tuples.
print("ab" in "cabd", "" in "", "" in "x", "ba" in "ab", "A" in "abc", "abc".__contains__("bc"))
words = ["apple", "Apple", "APPLE", "apples", "app", "Äpple", "_apple", "1apple"]
print(sorted(words))
print(min(words), max(words), sorted(words, key=len))
print("a" < "b" < "c", "a" < "B", "Z" < "a", "abc" < "abd" < "abda", "" < " " < "!")
print("hello".startswith(("he", "x")), "hello".endswith(("lo", "xx")), "hello".startswith(("x", "y")))
print("abc" == "ab" + "c", "abc".__eq__("abc"), "abc".__ne__("abd"), "a".__gt__("b"))
print([c for c in "hello world" if c in "aeiou"], sum(c.isupper() for c in "Hello World"))
print("apple".count("p"), "banana".count("an"), "banana".count("ana"), "aaaa".count("a", 1, 3))
print("test" * 2 == "testtest", "ab" < "ab" * 2, "b" > "a" * 100)
