# Guards that fail leave captures bound; failed patterns may partially bind; bindings in or-patterns.
def f(v):
    match v:
        case (x, y) if x > y:
            return f"descending {x} {y}"
        case (x, y):
            return f"fallthrough with x={x}, y={y}"
        case _:
            return "other"
print(f((2, 1)), f((1, 2)), f(5))
match (1, 2):
    case (a, b) if a > b:
        pass
    case _:
        print("guard failed; a and b remain bound:", a, b)
match [1, 2, 3]:
    case [p, q] | [p, q, _]:
        print("or-pattern alternatives bind the same names:", p, q)
match {"k": 1, "extra": 2}:
    case {"k": v, **others} if not others:
        print("no others")
    case {"k": v, **others}:
        print("others:", others, "v:", v)
match 42:
    case int() | float() as number:
        print("as binds the whole subject:", number)
count = 0
def counted(x):
    global count
    count += 1
    return x
match 3:
    case n if counted(n) > 5:
        pass
    case n if counted(n) > 1:
        print("second guard matched", n, "calls:", count)
