s = "abcdefghij"
print(s[0], s[-1], s[3:7], s[:3], s[7:], s[::3], s[::-2], s[100:], s[-100:2], s[5:2], s[2:8:2])
for i in [10, -11]:
    try:
        s[i]
    except IndexError as e:
        print(e)
try:
    s[1] = "x"
except TypeError as e:
    print(e)
try:
    s["a"]
except TypeError as e:
    print(e)
print([c for c in "héllo"], list(reversed("abc")), sorted("banana"), "".join(sorted(set("mississippi"))))
print(min("hello"), max("hello"), "a" < "b", "abc" < "abd", "Z" < "a", "" < "a")
