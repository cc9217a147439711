# A failing call spread over several lines: the traceback shows only the first line of the statement.
def build(a, b, c):
    return a + b + c
value = build(
    1,
    2,
    "three",
)
