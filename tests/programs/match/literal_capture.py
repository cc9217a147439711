# match: literal, capture, wildcard, value (dotted) patterns and or-patterns with guards.
class Color:
    RED = "red"
    GREEN = "green"
def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case 2j:
            return "imaginary"
        case "hello" | "hi":
            return "greeting"
        case b"bytes":
            return "bytes literal"
        case True:
            return "True singleton"
        case None:
            return "None singleton"
        case Color.RED:
            return "value pattern red"
        case int(n) if n > 100:
            return f"big int {n}"
        case str() as s if len(s) > 5:
            return f"long string {s!r}"
        case other:
            return f"captured {other!r}"
for v in [0, 2, -1, 1.5, 2j, "hi", b"bytes", True, None, "red", 500, "lengthy!", 50, False, 1.0, 0.0]:
    print(repr(v), "->", describe(v))
def wildcard(x):
    match x:
        case _:
            return "always"
print(wildcard(object) , wildcard(None))
x = "unchanged"
match 42:
    case x:
        pass
print("capture binds in the enclosing scope:", x)
match (1, 2):
    case (a, b) | (b, a) if False:
        print("never")
    case (1, c) | (c, 1):
        print("or-pattern bound c =", c)
def guard_side_effect(v):
    calls = []
    match v:
        case n if calls.append(n) or n > 5:
            return ("gt5", calls)
        case n if calls.append(n) or n > 0:
            return ("gt0", calls)
    return ("none", calls)
print(guard_side_effect(10), guard_side_effect(3), guard_side_effect(-1))
match -0.0:
    case 0:
        print("-0.0 matches literal 0 (equality)")
match 1:
    case True:
        print("not reached: True matches by identity")
    case 1:
        print("1 is not True")
