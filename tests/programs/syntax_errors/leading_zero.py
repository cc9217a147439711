# Leading zeros in a decimal integer literal.
x = 0123
