import vectorcall_api as v

def show(f, *args):
    try:
        print(f.__name__, "->", f(*args))
    except BaseException as e:
        print(f.__name__, "->", type(e).__name__, e)

def collect(*a, **k):
    return (a, k)

class K:
    def m(self, x):
        return ("K.m", x)
    def __repr__(self):
        return "K()"

show(v.vc, collect, 1, 2, True)
show(v.vc, collect, 1, 2, False)
show(v.vc, max, 3, 9, True)
show(v.vc, K().m, 1, 2, False)
show(v.vc, 5, 1, 2, True)
show(v.vc_dict, collect, 1, {"k": 2})
show(v.vc_dict, collect, 1, None)
show(v.vc_dict, sorted, [3, 1], {"reverse": True})
show(v.vc_dict, collect, 1, {1: 2})
show(v.vc_method, K(), "m", 5)
show(v.vc_method, [3], "append", 4)
show(v.vc_method, K(), "missing", 5)
show(v.vc_kwnames, collect, ("a",), 1, 2)
show(v.vc_kwnames, collect, ("a", "b"), 1, 2)
show(v.vc_kwnames, dict, ("x", "y"), 1, 2)
show(v.call_object, collect)
show(v.call_object, collect, (1, 2))
show(v.call_object, len, ([1, 2],))
show(v.call_object, collect, [1])
show(v.one_arg_method, "a,b", "split", ",")
show(v.one_arg_method, {}, "get", "k")
show(v.via_vectorcall_call, len, ("abc",))
show(v.via_vectorcall_call, sorted, ([2, 1],), {"reverse": True})
