"""List workload: list/dict/set comprehensions (nested and filtered),
slicing, sorting with key functions, zip/enumerate/reversed, sum/min/max,
matrix products on lists of lists and list mutation (append/pop/extend).

usage: list_comp.py [N]
"""
import sys


def rand_list(n, seed):
    out = []
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        out.append(x % 10007)
    return out


def matmul(a, b):
    bt = [list(col) for col in zip(*b)]
    return [[sum(x * y for x, y in zip(row, col)) % 65521 for col in bt] for row in a]


def transform(data):
    squares = [v * v for v in data]
    odds = [v for v in data if v & 1]
    pairs = [(i, v) for i, v in enumerate(data) if i % 3 == 0]
    window = [sum(data[i:i + 8]) for i in range(0, len(data) - 8, 4)]
    revs = [a - b for a, b in zip(data, reversed(data))]
    buckets = {k: [] for k in range(16)}
    for v in data:
        buckets[v & 15].append(v)
    sizes = [len(buckets[k]) for k in range(16)]
    uniq = {v % 1000 for v in data}
    inv = {v: i for i, v in enumerate(data[:2000])}
    return (sum(squares) % 1000000007, len(odds), sum(i * v for i, v in pairs) % 1000003,
            max(window), min(window), sum(revs), sizes[3], len(uniq), len(inv))


def sort_work(data):
    a = sorted(data)
    b = sorted(data, key=lambda v: (v % 100, -v))
    c = data[:]
    c.sort(reverse=True)
    words = [str(v) for v in data[:5000]]
    words.sort(key=len)
    return a[len(a) // 2], b[0], b[-1], c[10], words[0], words[-1]


def stack_work(n):
    stack = []
    acc = 0
    for i in range(n):
        stack.append(i)
        if i % 3 == 2:
            acc += stack.pop() - stack.pop()
        if len(stack) > 50:
            chunk = stack[-10:]
            del stack[-10:]
            stack.extend(reversed(chunk))
            acc += stack[-1]
    return acc + len(stack)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 300000
    data = rand_list(n, 12345)
    t = transform(data)
    s = sort_work(data)
    size = max(8, int(n ** 0.5) // 5)
    a = [[(i * size + j) % 17 for j in range(size)] for i in range(size)]
    b = [[(i + 2 * j) % 13 for j in range(size)] for i in range(size)]
    m = matmul(a, b)
    trace = sum(m[i][i] for i in range(size))
    flat = [x for row in m for x in row if x % 2 == 0]
    st = stack_work(n * 2)
    print("transform", t)
    print("checksum", " ".join(str(v) for v in t + s), trace, len(flat), st)


if __name__ == "__main__":
    main()
