# except* with nested groups: structure preserved in matched and unmatched parts.
def raiser():
    raise ExceptionGroup("top", [
        ValueError("v1"),
        ExceptionGroup("mid", [TypeError("t1"), ValueError("v2"), ExceptionGroup("deep", [KeyError("k1"), ValueError("v3")])]),
        OSError("o1"),
    ])
try:
    try:
        raiser()
    except* ValueError as g:
        print("values:", repr(g))
    except* KeyError as g:
        print("keys:", repr(g))
except ExceptionGroup as rest:
    print("rest:", repr(rest))
def count_leaves(g):
    return sum(count_leaves(e) if isinstance(e, BaseExceptionGroup) else 1 for e in g.exceptions)
try:
    raiser()
except ExceptionGroup as g:
    print("leaves:", count_leaves(g))
try:
    try:
        raise BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError("v")])
    except* ValueError as g:
        print("matched value in base group:", repr(g))
except BaseExceptionGroup as rest:
    print("base remainder:", repr(rest), type(rest).__name__)
results = []
for i in range(3):
    try:
        raise ExceptionGroup(f"loop{i}", [ValueError(i)] * (i + 1))
    except* ValueError as g:
        results.append(len(g.exceptions))
print(results)
def handler_returns():
    try:
        raise ExceptionGroup("x", [ValueError()])
    except* ValueError:
        pass
    return "returned normally after except*"
print(handler_returns())
try:
    try:
        raise ExceptionGroup("with notes", [ValueError("n")])
    except* ValueError as g:
        g.add_note("note on the matched subgroup")
        raise
except ExceptionGroup as e:
    print(repr(e), getattr(e, "__notes__", None), [getattr(x, "__notes__", None) for x in e.exceptions])
