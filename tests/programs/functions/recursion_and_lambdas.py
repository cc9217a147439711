def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print([fib(i) for i in range(15)])
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3))
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), (lambda *a, **k: (a, k))(1, b=2))
print(sorted([(2, "b"), (1, "z"), (2, "a")], key=lambda t: (-t[0], t[1])))
def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x
print(apply_n(dbl, 10, 1), apply_n(lambda s: s + "!", 3, "hi"))
def kwonly(*, a, b=2):
    return a * b
print(kwonly(a=3), kwonly(b=5, a=1))
def varargs(first, *rest, last="end"):
    return first, rest, last
print(varargs(1), varargs(1, 2, 3), varargs(1, last="L"))
def docstring():
    """Returns nothing."""
print(docstring.__doc__, docstring(), (lambda: None).__doc__)
def outer():
    def helper():
        return "helped"
    return helper.__qualname__, helper()
print(outer())
