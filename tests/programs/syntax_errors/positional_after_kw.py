# A positional argument after a keyword argument.
print(end="", "x")
