# An expression used as a function parameter.
def f(x + 1):
    pass
