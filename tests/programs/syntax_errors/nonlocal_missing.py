# nonlocal naming a variable that does not exist in any enclosing function.
def outer():
    def inner():
        nonlocal ghost
        ghost = 1
    return inner
