# Three-level chaining mixing __cause__ and __context__.
def level3():
    raise KeyError("level3")
def level2():
    try:
        level3()
    except KeyError as e:
        raise ValueError("level2") from e
def level1():
    try:
        level2()
    except ValueError:
        raise RuntimeError("level1")
level1()
