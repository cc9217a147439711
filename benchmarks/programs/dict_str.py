"""A dict-and-str workload: tokenizing, counting, formatting, joining."""
import sys

TEXT = ("the quick brown fox jumps over the lazy dog while the cat watches "
        "from the garden wall and the dog barks at the moon until morning comes ") * 4


def main(n):
    total = 0
    last = ""
    for i in range(n):
        counts = {}
        for word in TEXT.split():
            key = word.upper() if i % 3 == 0 else word
            counts[key] = counts.get(key, 0) + 1
        top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
        last = ", ".join(f"{w}={c}" for w, c in top)
        total += len(last) + len(counts)
    print("checksum", total, last)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 20000)
