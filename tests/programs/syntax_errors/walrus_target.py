# The walrus operator with an invalid target.
if (a.b := 5):
    pass
