# nonlocal across several levels, shadowing, and interaction with global.
g = "global g"
def level1():
    a = "l1 a"
    b = "l1 b"
    def level2():
        nonlocal a
        a = "l2 set a"
        b = "l2 local b"
        def level3():
            nonlocal a, b
            a += "+l3"
            b += "+l3"
            global g
            g = "set by l3"
            return a, b
        r = level3()
        return r, b
    r = level2()
    return r, a, b
print(level1(), g)
def shadow():
    x = 1
    def inner():
        x = 2
        def innermost():
            nonlocal x
            x = 3
        innermost()
        return x
    return inner(), x
print(shadow())
def accumulate():
    total = 0
    def add(n):
        nonlocal total
        total += n
    for i in range(5):
        add(i)
    return total
print(accumulate())
def param_nonlocal(p):
    def change():
        nonlocal p
        p = p * 2
    change()
    change()
    return p
print(param_nonlocal(3), param_nonlocal("ab"))
def loop_var_nonlocal():
    i = None
    def capture():
        return i
    caps = []
    for i in range(3):
        caps.append(capture())
    return caps, capture()
print(loop_var_nonlocal())
for src in ["def f():\n    nonlocal q\n", "def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n",
            "def f(a):\n    global a\n", "x = 1\ndef f():\n    print(x)\n    global x\n"]:
    try:
        compile(src, "<src>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno)
