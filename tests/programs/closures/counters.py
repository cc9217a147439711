def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
c = make_counter()
print(c(), c(), c(10))
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    return middle()()
print(outer())
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
gs = [lambda: i for i in range(3)]
print([g() for g in gs])
def adders():
    return [lambda x, n=n: x + n for n in range(3)]
print([a(10) for a in adders()])
x = "global"
def read_global():
    return x
def write_global():
    global x
    x = "changed"
write_global(); print(read_global())
def late():
    def get():
        return v
    v = 5
    return get
print(late()())
