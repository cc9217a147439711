def run(cmd):
    match cmd.split():
        case ["go", ("north" | "south") as d]:
            return f"going {d}"
        case ["take", *items] if items:
            return f"taking {', '.join(items)}"
        case ["quit" | "exit"]:
            return "bye"
        case []:
            return "nothing"
        case [verb, *_]:
            return f"unknown {verb}"
for c in ["go north", "go west", "take a b", "take", "exit", "", "dance now"]:
    print(repr(c), run(c))
def kind(v):
    match v:
        case True:
            return "true"
        case 1:
            return "one"
        case 1.5 | 2.5:
            return "half"
        case (0, y):
            return f"tuple y={y}"
        case {"k": {"nested": n}}:
            return f"nested {n}"
        case {}:
            return "mapping"
        case _:
            return "other"
print([kind(v) for v in [True, 1, 2.5, (0, 9), [0, 8], {"k": {"nested": 3}}, {"z": 1}, "s"]])
match {"a": 1, "b": 2}:
    case {"a": 1, **rest}:
        print("rest", rest)
