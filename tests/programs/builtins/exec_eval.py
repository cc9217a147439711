# exec/eval/compile with globals and locals, modes, and code objects.
print(eval("1 + 2"), eval("x * 2", {"x": 21}), eval("a + b", {"a": 1}, {"b": 2}), eval(" 5 "), eval("\t6\n"))
g = {}
exec("y = 10\ndef f():\n    return y + 1", g)
print(g["y"], g["f"](), "__builtins__" in g, sorted(k for k in g if k != "__builtins__"))
l = {}
exec("z = 3\nw = z * 2", {}, l)
print(l)
code = compile("p = 5\nq = p ** 2", "<string>", "exec")
ns = {}
exec(code, ns)
print(type(code).__name__, code.co_filename, code.co_name, ns["q"])
ecode = compile("3 * 7", "<expr>", "eval")
print(eval(ecode), eval(compile("[i for i in range(3)]", "<c>", "eval")))
scode = compile("1 + 1", "<single>", "single")
exec(scode)
exec(compile("'single mode prints non-None results'\nNone\n", "<s>", "single")) if False else None
print(exec("1 + 1"), eval("None"))
try:
    eval("x = 1")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.filename, e.lineno)
try:
    compile("a b", "myfile.py", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.filename, e.lineno, e.offset)
try:
    compile("x", "f", "bogus")
except ValueError as e:
    print(type(e).__name__, e)
try:
    eval("undefined_name_here")
except NameError as e:
    print(type(e).__name__, e)
try:
    eval(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    exec("x", [])
except TypeError as e:
    print(type(e).__name__, e)
def scope_demo():
    local_v = "local"
    return eval("local_v"), eval("local_v + suffix", {"suffix": "!"}, {"local_v": "L"})
print(scope_demo())
restricted = {"__builtins__": {}}
try:
    eval("len([1])", restricted)
except NameError as e:
    print(type(e).__name__, e)
print(eval("len([1, 2])", {"__builtins__": {"len": lambda x: "fake len"}}))
class Mapping(dict):
    def __missing__(self, k):
        return f"<{k}>"
print(eval("a + b", {}, Mapping(a="1")))
exec("def g():\n    return 'exec-defined'\n")
print(g())
print(eval(b"2 + 2"), eval(bytearray(b"3")), compile("x=1", "f", "exec").co_names, compile(b"pass", "f", "exec").co_filename)
src = "total = 0\nfor i in range(5):\n    total += i\n"
env = {}
exec(src, env)
print(env["total"], eval("total", env), eval("i", env))
print(eval("__name__"), eval("__name__", {"__name__": "custom"}), eval("[__name__ for _ in [1]]", {"__name__": "c"}))
