# Building strings: join vs concatenation, str * int, in-place growth, and immutability checks.
parts = []
for i in range(5):
    parts.append(str(i) * i)
print("|".join(parts), "".join(parts), len("".join(parts)))
s = ""
for ch in "abc":
    s += ch * 2
print(s)
t = s
s += "!"
print(s, t, s is t)
print("-" * 10, "ab" * 3, "x" * 0, "y" * -1, 3 * "z")
print(", ".join(f"{k}={v}" for k, v in sorted({"b": 2, "a": 1}.items())))
lines = ["first", "second", "third"]
print("\n".join(lines))
print(str(123) + str(4.5) + str(None) + str(True) + str([1]))
print("%s%s" % ("a", "b"), "{}{}".format("c", "d"), f"{'e'}{'f'}", "".join(["g", "h"]), "i" "j")
s2 = "immutable"
try:
    s2[0] = "I"
except TypeError as e:
    print(type(e).__name__, e)
print(s2.replace("i", "I", 1), s2, s2.upper() is not s2, s2[:] is s2, str(s2) is s2)
print(sorted(["b", "a"]) + list("cd"), list(map(str.strip, [" x ", "y "])), "x".join("abc"))
