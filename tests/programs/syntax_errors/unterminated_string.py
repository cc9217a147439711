# An unterminated string literal.
print("ok")
x = "never closed
print(x)
