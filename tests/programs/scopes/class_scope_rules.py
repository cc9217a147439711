# Class scope rules: names in class bodies, methods can't see class names unqualified, nonlocal/global from class bodies.
x = "global x"
def f():
    x = "f local x"
    class C:
        print("class body sees enclosing function x:", x)
        y = x
        x = "class x"
        print("after assignment in class body:", x)
        def method(self):
            return x
    return C
C = f()
print(C.y, C.x, C().method())
def g():
    v = "enclosing"
    class D:
        nonlocal v
        v = "changed from class body"
    return v
print(g())
class E:
    global created_in_class
    created_in_class = "global from class body"
print(created_in_class)
class F:
    a = 1
    b = [a] * 2
    c = (lambda: "lambda in class cannot see a unless global")()
    def m(self):
        try:
            return a
        except NameError as e:
            return f"NameError: {e}"
print(F.b, F.c, F().m())
def h():
    name = "free"
    class K:
        name = "attr"
        def m(self):
            return name
        def n(self):
            return self.name
    return K().m(), K().n()
print(h())
