import functools
from functools import partial, reduce, cmp_to_key, lru_cache
print(partial, type(partial), partial.__module__)
p = partial(print, 1, sep='-')
p(2, 3)
p(2, sep='+')
print(repr(p))
class P(partial): pass
print(repr(P(max, 1, key=abs)))
q = partial(p, 9)
print(repr(q), q.func, q.args, q.keywords)
p.x = 1
r = partial(p, 9)
print(r.func is p, r.args)
print(p.__reduce__())
p.__setstate__((max, (1,2), None, None)); print(p.args, p.keywords, p.__dict__, p(3))
for bad in [(1,2,3), [1,2,3,4], (print, [1], None, None)]:
    try: p.__setstate__(bad)
    except TypeError as e: print(e)
try: partial()
except TypeError as e: print(e)
try: partial(1)
except TypeError as e: print(e)
rec = partial(print); rec.__setstate__((print, (rec,), {}, None)); print(repr(rec))
print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], 7))
for args in [(), (1,), (len, []), (len, 1)]:
    try: reduce(*args)
    except TypeError as e: print(e)
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
K = cmp_to_key(lambda a, b: a - b)
print(type(K), K(1) < K(2), K(3) == K(3), K(1).obj)
try: K(1) < 1
except TypeError as e: print(e)

@lru_cache(maxsize=2)
def f(x, y=0):
    print("call", x, y); return x + y
f(1); f(1); f(2); f(3); f(1); f(1, y=2); f(1, y=2)
print(f.cache_info(), f.cache_parameters(), f.__wrapped__.__name__, f.__name__)
f.cache_clear(); print(f.cache_info())
@lru_cache
def g(x): return x * 2
print([g(i % 3) for i in range(10)], g.cache_info())
@lru_cache(maxsize=0)
def h(x): return x
h(1); h(1); print(h.cache_info())
@lru_cache(typed=True)
def t(x): return type(x).__name__
print(t(1), t(1.0), t(True), t.cache_info())
class C:
    @lru_cache
    def m(self, x): return x + 1
print(C().m(4), type(C.m).__name__)
print(functools.cache(lambda x: x)(5))
try: functools._lru_cache_wrapper(1, 2, 3, 4)
except TypeError as e: print(e)
try: functools._lru_cache_wrapper(len, "a", 3, 4)
except TypeError as e: print(e)
import pickle, copy
print(copy.copy(f) is f, copy.deepcopy(f) is f)
def add3(a, b, c=0): return a + b + c
pp = pickle.loads(pickle.dumps(partial(add3, 1, c=10), 2))
print(pp(5), pp.args, pp.keywords)
