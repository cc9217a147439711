def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"
print([classify(v) for v in [-5, 0, 3, 50]])
x = 5
print("big" if x > 3 else "small", (lambda: "yes" if not x else "no")())
print(1 if [] else 2, [] or {} or "last", 0 and 1/0, 1 or 1/0)
if (y := x * 2) > 5:
    print("walrus", y)
values = [1, 2, 3, 4]
if any(v > 3 for v in values) and all(v > 0 for v in values):
    print("any/all")
print(x if x is not None else 0, None is None, [] is not [])
