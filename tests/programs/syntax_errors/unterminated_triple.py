# An unterminated triple-quoted string.
print("start")
s = """this
never ends
