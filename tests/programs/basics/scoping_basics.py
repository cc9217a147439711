# Everyday program: word frequency, string processing, and formatting a report.
text = """The quick brown fox jumps over the lazy dog. The dog sleeps; the fox runs!
A quick movement of the enemy will jeopardize six gunboats."""
words = []
for raw in text.split():
    w = raw.strip(".,;!").lower()
    if w:
        words.append(w)
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(len(words), len(freq))
for word, count in top:
    print(f"{word:<10}{count:>3} {'*' * count}")
lengths = {}
for w in freq:
    lengths.setdefault(len(w), []).append(w)
for n in sorted(lengths):
    print(n, sorted(lengths[n]))
caps = " ".join(w.capitalize() for w in text.split()[:6])
print(caps)
print(max(words, key=len), min(words, key=lambda w: (len(w), w)), sum(map(len, words)) / len(words))
vowels = sum(1 for c in text.lower() if c in "aeiou")
print(vowels, round(vowels / len(text), 3))
table = [(w, len(w), w[::-1]) for w in sorted(set(words)) if len(w) > 5]
for row in table:
    print("| %-10s | %2d | %-10s |" % row)
