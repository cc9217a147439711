counter = 0
def bump():
    global counter
    counter += 1
bump(); bump(); print(counter)
def outer():
    v = 1
    def inner():
        nonlocal v
        v += 10
    inner()
    return v
print(outer())
def shadow():
    x = "local"
    return x
x = "module"
print(shadow(), x)
def unbound():
    try:
        print(y)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    y = 1
unbound()
try:
    undefined_name
except NameError as e:
    print("NameError:", e)
class K:
    attr = 5
    def m(self):
        try:
            return attr
        except NameError as e:
            return str(e)
print(K().m())
def f():
    del_me = 1
    del del_me
    try:
        del_me
    except UnboundLocalError as e:
        print(e)
f()
