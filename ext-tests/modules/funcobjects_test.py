import funcobjects as f

MARKER = "globals seen"

print(f.cells("start"))

def outer():
    x = 1
    def inner():
        return x
    return inner

inner = outer()
print(f.read_closure_cell(inner), inner())
print(f.read_closure_cell(lambda: 0))

class K:
    def __repr__(self):
        return "K()"

def method(self, *a):
    return ("called with", self, a)

bound, same_func, same_self, is_method = f.bind(method, K())
print(bound(1, 2), same_func, same_self, is_method, type(bound).__name__)
bound2 = f.bind(len, "abcd")[0]
print(bound2())

class WithIM:
    im = f.instance_method(method)
print(WithIM().im(5)[2], type(WithIM.__dict__["im"]).__name__)
print(WithIM.im("explicit")[1])

free = f.make_cfunction(None)
print(free(1, 2), free.__name__, free.__doc__, free.__module__, free.__self__)
bound_c = f.make_cfunction(K())
print(bound_c("x"), bound_c.__self__)

def with_defaults(a, b=2, *, c=3):
    pass
print(f.function_parts(with_defaults))
print(f.function_parts(len))
print(f.function_parts(lambda: 0))

def target(*a):
    return a

cm, sm = f.wrappers(target)
class Holder:
    c = cm
    s = sm
print(type(cm).__name__, type(sm).__name__, Holder.c(1)[0] is Holder, Holder.s(1), Holder().s(2))
