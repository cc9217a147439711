def describe(v):
    match v:
        case 0:
            return "zero"
        case 1 | 2:
            return "one or two"
        case int(n) if n < 0:
            return f"negative {n}"
        case [x, y]:
            return f"pair {x} {y}"
        case [x, *rest]:
            return f"list starting {x} with {len(rest)} more"
        case {"type": "point", "x": x, **others}:
            return f"point x={x} others={others}"
        case str() as s:
            return f"string {s}"
        case None:
            return "none"
        case _:
            return "other"
for v in [0, 2, -5, [1, 2], [1, 2, 3], {"type": "point", "x": 1, "y": 2}, "hi", None, 3.5, (7, 8)]:
    print(describe(v))
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point():
            return "elsewhere"
print([where(Point(*c)) for c in [(0, 0), (3, 0), (0, 4), (1, 1)]])
match (1, "a"):
    case (int(), str()) as pair:
        print("typed pair", pair)
