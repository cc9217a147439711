# match: sequence patterns (fixed, star, nested) and mapping patterns (with **rest).
def seq(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one: {a}"
        case [a, b]:
            return f"two: {a}, {b}"
        case [first, *middle, last] if len(middle) > 2:
            return f"long: {first}..{last} ({len(middle)} in middle)"
        case [first, *rest]:
            return f"first {first}, rest {rest}"
        case _:
            return "not a sequence"
for v in [[], [1], (1, 2), [1, 2, 3], list(range(7)), "abc", b"ab", {1: 2}, range(3), 5, iter([1])]:
    print(repr(v)[:20], "->", seq(v))
def nested(x):
    match x:
        case [("point", px, py), *_]:
            return f"starts with point {px},{py}"
        case [[a, b], [c, d]]:
            return f"2x2 {a}{b}{c}{d}"
        case [*_, [*inner]] if inner:
            return f"ends with list {inner}"
    return "no match"
print(nested([("point", 1, 2), 3]), nested([[1, 2], [3, 4]]), nested([0, [9, 8]]), nested([[]]))
def mapping(x):
    match x:
        case {"type": "circle", "r": r}:
            return f"circle r={r}"
        case {"type": "rect", "w": w, "h": h, **rest}:
            return f"rect {w}x{h} extra={rest}"
        case {"type": t}:
            return f"unknown type {t}"
        case {}:
            return "some mapping"
    return "not a mapping"
for v in [{"type": "circle", "r": 2, "color": "red"}, {"type": "rect", "w": 1, "h": 2, "z": 0}, {"type": "x"}, {}, {"k": 1}, [("type", "circle")]]:
    print(v, "->", mapping(v))
class DefaultDict(dict):
    def __missing__(self, k):
        return "from missing"
match DefaultDict(a=1):
    case {"b": value}:
        print("matched b:", value)
    case {"a": value}:
        print("mapping patterns use get(), not __missing__:", value)
match {"a": 1, "b": 2}:
    case {"a": 1, **rest}:
        print("rest", rest)
match [1, [2, 3]]:
    case [1, [2, *tail]] as whole:
        print("tail", tail, "whole", whole)
match (1, 2, 3):
    case [1, *_, 3]:
        print("tuple matched list pattern")
match "ab":
    case [x, y]:
        print("not reached: str is not a sequence for match")
    case str(s):
        print("string", s)
