# Comprehension edge cases: exceptions mid-way, nested scopes with lambdas, walrus into enclosing scope, syntax errors.
def gen_fail():
    yield 1
    raise ValueError("source failed")
try:
    [x for x in gen_fail()]
except ValueError as e:
    print(type(e).__name__, e)
try:
    {x: 1 / x for x in [1, 0]}
except ZeroDivisionError as e:
    print(type(e).__name__, e)
result = [(y := x * 2) for x in range(3)]
print(result, y)
def inner_walrus():
    [(z := i) for i in range(5) if i % 2]
    return z
print(inner_walrus())
funcs = [lambda: x for x in range(3)]
print([f() for f in funcs])
print([[lambda: (i, j) for j in range(2)][1]() for i in range(2)])
for src in ["[x for x in range(3) if x := 1]", "[i := 0 for i in range(2)]", "[x for x in (yield)]", "{**d for d in x}", "[*x for x in y]",
            "[x async for x in y]", "(x for x in y) = 1", "[x for x in 1, 2]"]:
    try:
        compile(src, "<c>", "exec")
        print("compiled", src)
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
print([x for x in range(5)][::2], {i for i in []}, {k: v for k, v in []}, list(i for i in ()))
nested_genexp = ((i, j) for i in range(2) for j in (i * 10, i * 10 + 1))
print(list(nested_genexp))
