# Sets of strings: membership and algebra are compared after sorting.
words = "the quick brown fox jumps over the lazy dog the end".split()
s = set(words)
print(len(s), sorted(s), "fox" in s, "cat" in s)
vowels = set("aeiou")
letters = set("".join(words))
print(sorted(letters & vowels), sorted(letters - vowels)[:5], sorted(vowels - letters), len(letters | vowels))
print(sorted({w[0] for w in words}), sorted({len(w) for w in words}), sorted(frozenset("mississippi")))
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
dups = {w for w, n in counts.items() if n > 1}
print(sorted(dups), sorted(s - dups))
a = {"x", "y"}
b = frozenset({"y", "z"})
print(sorted(a ^ b), sorted(a | b), sorted(a & b), a < {"x", "y", "z"}, b > {"z"}, sorted(b.union(a)))
seen = set()
uniq = []
for w in words:
    if w not in seen:
        seen.add(w)
        uniq.append(w)
print(uniq)
print(sorted(set(["b", "a"]) | {"c"}), sorted(map(str.upper, {"q", "p"})), sorted(set("hello"), key=lambda c: -ord(c)))
print({"a"} == {"a"}, {"a", "b"} == {"b", "a"}, set("ab") == frozenset("ba"), repr({"only"}), repr(frozenset({"one"})))
