# continue outside a loop.
def f():
    pass
continue
