"""String and dict workload: generate a pseudo-random text from a made-up
vocabulary, then count words and word pairs, build a formatted frequency
report and re-parse it. Stresses str.split/join/strip/lower/replace,
dict get/setdefault/items, sorting with keys, f-strings and %-formatting.

usage: dict_str.py [LINES]
"""
import sys

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "ta", "shi", "po", "ve", "zu",
             "an", "el", "or", "qui", "da", "fen", "gu", "ix", "bo", "te"]
PUNCT = ".,;:!?"


class Rng:
    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % bound


def make_vocab(rng, size):
    vocab = []
    seen = {}
    while len(vocab) < size:
        word = "".join(SYLLABLES[rng.next(len(SYLLABLES))]
                       for _ in range(1 + rng.next(3)))
        if word not in seen:
            seen[word] = True
            vocab.append(word)
    return vocab


def make_text(rng, vocab, lines):
    n = len(vocab)
    out = []
    for _ in range(lines):
        words = []
        for _ in range(6 + rng.next(10)):
            # skewed choice: low indices are much more frequent
            w = vocab[rng.next(n) * rng.next(n) // n]
            r = rng.next(20)
            if r == 0:
                w = w.capitalize()
            elif r == 1:
                w = w + PUNCT[rng.next(len(PUNCT))]
            elif r == 2:
                w = w.upper()
            words.append(w)
        out.append(" ".join(words))
    return "\n".join(out)


def count(text):
    words = {}
    pairs = {}
    total = 0
    for line in text.split("\n"):
        prev = None
        for raw in line.lower().split():
            w = raw.strip(PUNCT)
            if not w:
                continue
            total += 1
            words[w] = words.get(w, 0) + 1
            if prev is not None:
                key = prev + " " + w
                pairs[key] = pairs.get(key, 0) + 1
            prev = w
    return words, pairs, total


def report(words, pairs, total, top):
    lines = ["%-14s %7s %7s" % ("word", "count", "share")]
    ranked = sorted(words.items(), key=lambda kv: (-kv[1], kv[0]))
    for word, c in ranked[:top]:
        lines.append(f"{word:<14} {c:7d} {100.0 * c / total:6.2f}%")
    lines.append("-" * 30)
    best_pairs = sorted(pairs.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
    for pair, c in best_pairs:
        lines.append("{0:<24}|{1:>5}".format(pair.replace(" ", "+"), c))
    by_len = {}
    for word in words:
        by_len.setdefault(len(word), []).append(word)
    for length in sorted(by_len):
        group = by_len[length]
        lines.append("len %2d: %4d words, first %s" % (length, len(group), min(group)))
    return "\n".join(lines)


def reparse(rep):
    """Parse the numbers back out of the report."""
    acc = 0
    for line in rep.splitlines():
        if "|" in line:
            left, _, right = line.partition("|")
            acc += int(right.strip()) * len(left.rstrip())
        elif line.startswith("len "):
            head, _, rest = line.partition(":")
            acc += int(head[4:]) * int(rest.split(",")[0].split()[0])
        elif line.endswith("%"):
            parts = line.split()
            acc += int(parts[1]) + int(float(parts[2][:-1]) * 100)
    return acc


def text_hash(s):
    h = 0
    for ch in s:
        h = (h * 131 + ord(ch)) & 0xFFFFFFFF
    return h


def main():
    lines = int(sys.argv[1]) if len(sys.argv) > 1 else 50000
    rng = Rng(42)
    vocab = make_vocab(rng, 800)
    text = make_text(rng, vocab, lines)
    words, pairs, total = count(text)
    rep = report(words, pairs, total, 25)
    print(rep.splitlines()[1])
    print("checksum %d %d %d %d %d %d" % (total, len(words), len(pairs), len(rep),
                                         reparse(rep), text_hash(rep)))


if __name__ == "__main__":
    main()
