import unicode_format as u

def show(f, *args):
    try:
        print(f.__name__, "->", f(*args))
    except BaseException as e:
        print(f.__name__, "->", type(e).__name__, e)

class BadRepr:
    def __repr__(self):
        raise KeyError("repr failed")
    def __str__(self):
        return "str of BadRepr"

show(u.integers)
for i in range(10):
    show(u.widths, i)
show(u.objects, "str\u20ac")
show(u.objects, [1, "\xe9"])
show(u.objects, BadRepr())
show(u.object_widths, "abcdef")
show(u.object_widths, "\u20ac\u20ac\u20ac\u20ac")
print(u.pointer())
show(u.raising_repr, BadRepr())
show(u.err_format, {"k": 1})
show(u.via_v)
show(u.trailing)
