# f-string evaluation order, side effects, scoping inside comprehensions and classes, and __format__ calls.
log = []
def v(tag):
    log.append(tag)
    return tag
s = f"{v('a')}{v('b'):>{v(3)}}{v('c')!r}"
print(s, log)
class Fmt:
    def __format__(self, spec):
        return f"<spec={spec!r}>"
    def __repr__(self):
        return "Fmt()"
    def __str__(self):
        return "str(Fmt)"
f = Fmt()
print(f"{f}", f"{f:abc}", f"{f!r}", f"{f!s}", f"{f=}", f"{f=:xyz}", f"{f!r:>8}")
class C:
    attr = 5
    text = f"class body sees attr={attr}"
    listing = [f"{i}:{attr}" for i in range(1)] if False else []
print(C.text)
def closure():
    n = 3
    return [f"{n}-{i}" for i in range(n)]
print(closure())
value = 10
print(f"{value:{'>' if value > 5 else '<'}{value}}|")
print(f"{'quote' + 's'}", f'{"double"}', f"{'single'}", f"""{'''triple'''}""")
for n in [0, 1, 5]:
    print(f"{n} item{'s' if n != 1 else ''}")
print(f"{'a' 'b'}", f"{('tuple', 1)}", f"{ {'set'} }", f"{ {'k': 'v'}['k'] }")
print(f"{3 + 4j}", f"{b'bytes'}", f"{...}", f"{None}", f"{NotImplemented}", f"{print}"[:12])
width = 5
print(f"{'x':{width}}|{'y':>{width}}|{12:0{width}d}|{1.5:{width}.{width - 3}f}|")
try:
    f"{undefined_var}"
except NameError as e:
    print(type(e).__name__, e)
try:
    f"{1 / 0}"
except ZeroDivisionError as e:
    print(type(e).__name__, e)
for src in ['f"{\'\\\\n\'}"', 'f"{\'a\' + "b"}"', "f'{x!r=}'"]:
    try:
        compile(src, "<f>", "eval")
        print("compiled", src)
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
