# Deleting a literal.
x = 1
del 5
