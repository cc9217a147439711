# _collections.defaultdict, _count_elements and _tuplegetter.
from _collections import defaultdict, _count_elements, _tuplegetter


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", r)


print(defaultdict(), defaultdict(None, {1: 2}, a=3), defaultdict(list, [(1, 2)]), defaultdict.__name__, defaultdict.__module__, defaultdict)
dd = defaultdict(list)
dd['a'].append(1); dd['a'].append(2); dd['b']
print(dd, len(dd), dd.default_factory, isinstance(dd, dict), issubclass(defaultdict, dict))
counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
print(sorted(counts.items()), counts.get('zz'), 'zz' in counts, counts.__missing__('q'), counts['q'])
c = counts.copy()
print(type(c).__name__, c == counts, c is counts, c.default_factory, counts.__copy__() == counts)
print(defaultdict(int, {1: 1}) | {2: 2}, {2: 2} | defaultdict(int, {1: 1}), type({2: 2} | defaultdict(int)).__name__)
x = defaultdict(int, {1: 1}); x |= {3: 3}; print(x)
print(defaultdict(int).__reduce__()[:4], defaultdict().__reduce__()[:4], list(defaultdict(int, {1: 2}).__reduce__()[4]))
print(repr(defaultdict(lambda: 1)).startswith('defaultdict(<function'))
r = defaultdict(None); r[1] = r; print(r)
r2 = defaultdict(); r2.default_factory = r2; print(r2)


class D(defaultdict):
    pass


print(D(int, a=1), type(D(int).copy()).__name__, D(list)['k'])
dd3 = defaultdict(int); dd3.default_factory = list; print(dd3['q'])
dd3.default_factory = None
t("missing no factory", lambda: dd3['z'])
t("missing() no factory", lambda: defaultdict().__missing__(1))
t("not callable", lambda: defaultdict(1))
t("not iterable", lambda: defaultdict(int, 1))
t("or int", lambda: defaultdict(int, {1: 1}) | 1)
t("2 dict args", lambda: defaultdict(int, {}, {}))
t("factory raises", lambda: defaultdict(lambda: 1 / 0)['x'])
d4 = {}
_count_elements(d4, 'abracadabra'); print(d4)
_count_elements(d4, ['a', 'z']); print(d4)


class Counter(dict):
    def __missing__(self, key):
        return 0


cnt = Counter(); _count_elements(cnt, 'hello'); print(sorted(cnt.items()))


class Logged(dict):
    def get(self, k, default=None):
        print('get', k, default)
        return dict.get(self, k, default)


lg = Logged(); _count_elements(lg, 'aa'); print(lg)
t("count int", lambda: _count_elements(1, 'abc'))
t("count not iterable", lambda: _count_elements({}, 1))
t("count 1 arg", lambda: _count_elements({}))
g = _tuplegetter(1, 'doc of it')
print(g, g.__doc__, g.__get__((1, 2)), g.__get__(None, tuple), g.__reduce__()[1])
t("get list", lambda: g.__get__([1, 2]))
t("get short", lambda: g.__get__((1,)))
t("set", lambda: g.__set__((1, 2), 3))
t("bad index", lambda: _tuplegetter('a', None))
t("one arg", lambda: _tuplegetter(1))
print(_tuplegetter(-1, None))


class P(tuple):
    x = _tuplegetter(0, 'x doc')
    y = _tuplegetter(1, None)


p = P((5, 6))
print(p.x, p.y, P.x, P.x.__doc__)
t("set attr", lambda: setattr(p, 'x', 1))
t("del attr", lambda: delattr(p, 'x'))
g.__doc__ = 'new'; print(g)
