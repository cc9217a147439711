# An invalid decimal literal.
x = 1_000_
