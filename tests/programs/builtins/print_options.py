# print() with sep, end, file, flush, and odd arguments.
import sys
print()
print("a", "b", "c")
print("a", "b", sep="")
print("a", "b", sep=" -> ", end=" <END>\n")
print(1, 2, 3, sep=None, end=None)
print("no newline", end="")
print(" | continued")
print(*range(5), sep=", ")
print(*[], sep="x")
print("to stdout", file=sys.stdout)
print("to stdout via None", file=None)
print("flush", flush=True)
print("", end="")
print("multi\nline", "arg")
print("tab\tseparated", "x", sep="\t")
for bad in [dict(sep=5), dict(end=[]), dict(file="str"), dict(bogus=1)]:
    try:
        print("x", **bad)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
class Writer:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        self.parts.append("<flush>")
w = Writer()
print("hello", "world", sep="_", end="!", file=w, flush=True)
print(w.parts)
print(1, file=w)
print(w.parts[-2:])
class NoWrite:
    pass
try:
    print("x", file=NoWrite())
except AttributeError as e:
    print(type(e).__name__, e)
class Obj:
    def __str__(self):
        return "Obj.__str__"
print(Obj(), [Obj()] if False else "", None, True, 1.0, b"b", sep="|")
sys.stdout.write("direct write\n")
n = sys.stdout.write("returns count\n")
print(n)
print("é ñ 日本 😀", "\u0000visible-nul?".replace("\u0000", "<NUL>"))
print(sep="ignored", end="only end\n")
