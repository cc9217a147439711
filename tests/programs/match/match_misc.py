# match: as-patterns, or-patterns binding the same names, subject evaluation, match as a soft keyword.
match = "match is a soft keyword"
case = 5
print(match, case)
def f(cmd):
    match cmd.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["pick", "up", item] | ["take", item]:
            return f"taking {item}"
        case ["drop", *items] if items:
            return f"dropping {', '.join(items)}"
        case ["quit" | "exit"]:
            return "bye"
        case [verb, *_] as words:
            return f"unknown verb {verb!r} in {words}"
        case []:
            return "nothing"
for c in ["go north", "go up", "pick up lamp", "take key", "drop a b", "drop", "exit", "", "dance now"]:
    print(repr(c), "->", f(c))
calls = 0
def subject():
    global calls
    calls += 1
    return (1, 2)
match subject():
    case (0, _):
        pass
    case (1, _):
        pass
print("subject evaluated", calls, "time(s)")
match 1, 2:
    case x, y:
        print("tuple subject without parens", x, y)
match [1, 2, 3]:
    case [1, *rest] if (total := sum(rest)) > 4:
        print("walrus in guard", total)
def no_match(v):
    match v:
        case 1:
            return "one"
    return "fell through"
print(no_match(2))
match {"a": [1, {"b": (2, 3)}]}:
    case {"a": [1, {"b": (2, z) as inner}]}:
        print("deep", z, inner)
x = 10
match 10:
    case 10 if x == 10:
        print("guard sees outer x")
for src in ["match x:\n    case a | b:\n        pass", "match x:\n    case [a, a]:\n        pass",
            "match x:\n    case _:\n        pass\n    case 1:\n        pass", "match x:\n    case y:\n        pass\n    case 2:\n        pass",
            "match x:\n    case {**r, 'a': 1}:\n        pass", "match x:\n    case 1 + 1:\n        pass", "match x:\n    case [*a, *b]:\n        pass"]:
    try:
        compile(src, "<m>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
