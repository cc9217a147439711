# input() with stdin at EOF (/dev/null), and sys.stdin reads.
import sys
try:
    input()
except EOFError as e:
    print(type(e).__name__, repr(str(e)))
try:
    input("prompt> ")
except EOFError as e:
    print()
    print(type(e).__name__, e)
print(repr(sys.stdin.read()), repr(sys.stdin.readline()), sys.stdin.readlines())
try:
    input("a", "b")
except TypeError as e:
    print(type(e).__name__, e)
print(sys.stdin.isatty() if hasattr(sys.stdin, "isatty") else "n/a")
