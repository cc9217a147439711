# SyntaxWarnings are printed to stderr at compile time, and the program still runs.
x = 5
print(x is 5)
print("a" is not "b")
print([1, 2] (3))
