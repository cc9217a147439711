import xxlimited_35 as x
print(x.foo(2, 3), hasattr(x, "roj"))
o = x.new()
print(type(o).__name__, o.demo(None))
o.spam = [1]
print(o.spam)
print(type(x.Null()).__name__, issubclass(x.error, Exception))
