import callconv as cc

def show(f, *args, **kwargs):
    try:
        print(f(*args, **kwargs))
    except BaseException as e:
        print(type(e).__name__, e)

show(cc.noargs)
show(cc.noargs, 1)
show(cc.noargs, x=1)
print(cc.noargs.__doc__, cc.noargs.__name__, cc.noargs.__module__, type(cc.noargs).__name__)
show(cc.o, 5)
show(cc.o)
show(cc.o, 1, 2)
show(cc.o, x=1)
show(cc.varargs)
show(cc.varargs, 1, "a")
show(cc.varargs, a=1)
show(cc.keywords)
show(cc.keywords, 1, b=2)
show(cc.keywords, **{"a": 1, "b": 2})
show(cc.fast)
show(cc.fast, 1, 2, 3)
show(cc.fast, a=1)
show(cc.fastkw, 1, a=2, b=3)
show(cc.fastkw, **{"z": None})
show(cc.fastkw, *range(4))

c = cc.Caller()
show(c, 1, 2, k=3)
show(c)
print(c.calls())
show(c.method, 1, x=2)
show(cc.Caller.method, c, 9)
show(c.klass, 1)
show(cc.Caller.klass)
show(cc.Caller.static, 1, 2)
show(c.static)
print(len(c), c.__len__())

class Sub(cc.Caller):
    pass

s = Sub()
show(s.method, "sub")
show(Sub.klass, 0)
show(s, "sub-call")
print(isinstance(s, cc.Caller), s.calls())

p = cc.Plain()
show(p, 1, a=2)
show(p)

show(cc.call_with_vectorcall, c, 1, 2)
show(cc.call_with_vectorcall, p, 1, 2)
show(cc.call_with_vectorcall, lambda *a, **k: (a, k), 1, 2)
show(cc.call_variants, lambda *a, **k: (a, k))
show(cc.call_variants, c)
show(cc.call_variants, p)

class Target:
    def m(self, *a):
        return ("m", a)

show(cc.call_method, Target(), "m")
show(cc.call_method, Target(), "missing")
show(cc.call_method, [1], "append")
