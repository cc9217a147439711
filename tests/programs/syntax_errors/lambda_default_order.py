# A lambda with a keyword-only marker and no names after it.
f = lambda *: 0
