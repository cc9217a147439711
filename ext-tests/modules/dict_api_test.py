import dict_api as d

def show(f, *args):
    try:
        print(f.__name__, "->", f(*args))
    except BaseException as e:
        print(f.__name__, "->", type(e).__name__, e)

class Hashy:
    def __init__(self, h):
        self.h = h
    def __hash__(self):
        if self.h is None:
            raise RuntimeError("no hash")
        return self.h
    def __eq__(self, other):
        return isinstance(other, Hashy) and other.h == self.h
    def __repr__(self):
        return f"Hashy({self.h})"

show(d.basic)
x = {"z": 1, "a": 2, 3: [4]}
del x["a"]
x["a"] = 5
show(d.walk, x)
show(d.walk, {})
m = {"k": 1}
show(d.setdefault, m, "k", 2)
show(d.setdefault, m, "new", [1])
print(m)
show(d.setdefault, m, [], 1)
show(d.merge, {"a": 1, "b": 2}, {"b": 3, "c": 4}, 1)
show(d.merge, {"a": 1, "b": 2}, {"b": 3, "c": 4}, 0)
show(d.merge, {"a": 1}, [("x", 1)], 1)
class Mapping:
    def keys(self):
        return ["p", "q"]
    def __getitem__(self, k):
        return k * 2
show(d.merge, {"p": 0}, Mapping(), 1)
show(d.update_seq2, {"a": 1}, [("a", 9), ("b", 2), "cd"])
show(d.update_seq2, {}, [("a", 1, 2)])
show(d.update_seq2, {}, [1])
show(d.update, {"a": 1}, {"a": 2})
show(d.update, {}, 5)
show(d.views, {"a": 1, "b": [2]})
show(d.lookup, {"a": 1}, "a")
show(d.lookup, {"a": 1}, "b")
show(d.lookup, {Hashy(1): "h"}, Hashy(1))
show(d.lookup, {Hashy(1): "h"}, Hashy(None))
show(d.lookup, {}, [])
c = {"a": 1, "b": 2}
show(d.clear, c)
print(c)
p = d.proxy({"r": 1})
print(type(p).__name__, p["r"], len(p), list(p))
try:
    p["r"] = 2
except TypeError as e:
    print("TypeError", e)
show(d.set_unhashable, {})
