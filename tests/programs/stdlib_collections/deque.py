# _collections.deque: every method, maxlen, rotation, comparisons, reprs,
# mutation during iteration, and CPython's error messages.
from _collections import deque, _deque_iterator, _deque_reverse_iterator


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", r)


d = deque()
print(d, len(d), bool(d), d.maxlen, deque.__name__, deque.__module__, deque)
d = deque('abc')
d.append('d'); d.appendleft('z')
print(d, d.pop(), d.popleft(), d)
d.extend('xy'); d.extendleft('12')
print(d, d[0], d[-1], d[3], len(d))
d[1] = 'Q'; del d[0]; del d[-1]
print(d)
print(deque(range(10), maxlen=3), deque(range(10), 0), deque([1, 2], maxlen=None), deque(maxlen=2), deque(iterable=[1], maxlen=5))
d = deque([1, 2, 3], maxlen=3)
d.append(4); print(d); d.appendleft(0); print(d); d.extend([7, 8]); print(d); d.extendleft([9]); print(d, d.maxlen)
z = deque(maxlen=0); z.append(1); z.extend([1, 2]); z.appendleft(3); print(z)
d = deque(range(5)); d.rotate(2); print(d); d.rotate(-3); print(d); d.rotate(12); print(d); d.rotate(); print(d); d.rotate(0); print(d)
e = deque(); e.rotate(3); print(e)
d = deque([1, 2, 3]); d.insert(10, 'x'); d.insert(-10, 'y'); d.insert(1, 'z'); d.insert(-1, 'w'); print(d)
d = deque([1, 2, 1, 3, 1]); print(d.count(1), d.count(9), d.index(1), d.index(1, 1), d.index(1, -1), d.index(3, -10, 10), d.index(2, 0, 2))
d.remove(1); print(d); d.reverse(); print(d); d.clear(); print(d)
d = deque([1, 2, 3]); d.extend(d); print(d); d.extendleft(d); print(d)
d = deque([1, 2]); print(d.copy(), d.__copy__(), deque([1], 4).copy(), d.copy() is d)
print(deque([1]) + deque([2]), deque([1], 3) + deque([2, 3, 4]), deque([1]) * 3, 3 * deque([1, 2]), deque([1, 2], 3) * 3, deque('ab') * 0, deque('ab') * -1)
d = deque([1, 2]); d += [3]; print(d); d *= 2; print(d); d += d; print(d); d *= 1; print(d); d *= 0; print(d)
d = deque([1]); print(d.__iadd__([2]) is d, d.__imul__(2) is d, d)
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) != deque([1, 3]), deque([1]) < deque([1, 2]), deque([2]) > deque([1, 9]), deque([1, 2]) >= deque([1, 2]), deque([]) <= deque([]))
print(deque([1]) == [1], 1 in deque([1]), 5 in deque([1]), 'a' not in deque('abc'))
x = deque([1]); x.append(x); print(x)


class Sub(deque):
    pass


s = Sub([1, 2], 3)
print(s, repr(Sub()), type(s.copy()).__name__, s.copy(), type(s + deque([5])).__name__, type(s * 2).__name__)
print(list(reversed(deque('abc'))), list(iter(deque('abc'))), iter(deque([1, 2, 3])).__length_hint__())
it = iter(deque([1, 2, 3])); next(it); print(it.__length_hint__(), list(it), it.__length_hint__())
print(list(_deque_iterator(deque([1, 2, 3]), 1)), list(_deque_reverse_iterator(deque([1, 2, 3]), 1)), list(_deque_iterator(deque([1, 2]))))
print(type(iter(deque())).__name__, type(reversed(deque())).__name__, _deque_iterator.__module__)
print(deque([[1]], maxlen=3).__reduce__()[:3], deque([[1]]).__reduce__()[:3], list(deque([5, 6]).__reduce__()[3]))
for op in ['d.rotate(1)', 'd.reverse()', 'd[0] = 5', 'del d[0]', 'd.insert(0, 9)', 'd.remove(2)', 'd.clear()',
           'd.extend([])', 'd.extend([1])', 'd += []', 'd *= 1', 'd *= 2', 'd.copy()', 'd.append(1); d.pop()', 'd.rotate(0)', 'd.appendleft(0)', 'd.popleft()']:
    d = deque([1, 2, 3])
    it = iter(d)
    next(it)
    exec(op)
    t(op, lambda: list(it))
d = deque([1, 2, 3], maxlen=3)
it = iter(d); next(it); d.append(4)
t("maxlen append during iteration", lambda: list(it))


class Evil:
    def __init__(self, d):
        self.d = d

    def __eq__(self, other):
        self.d.append(1)
        return False


d = deque([1, 2, 3]); t("count mutating", lambda: d.count(Evil(d)))
d = deque([1, 2, 3]); t("index mutating", lambda: d.index(Evil(d)))
d = deque([1, 2, 3]); t("remove mutating", lambda: d.remove(Evil(d)))
d = deque([1, 2, 3]); t("in mutating", lambda: Evil(d) in d)


class Boom:
    def __eq__(self, other):
        raise KeyError('boom')


t("remove raising", lambda: deque([Boom()]).remove(1))
t("deque(1)", lambda: deque(1))
t("maxlen -1", lambda: deque([1], -1))
t("maxlen 'a'", lambda: deque([1], 'a'))
t("maxlen big", lambda: deque([1], 2**70))
t("3 args", lambda: deque([1], 2, 3))
t("bad kw", lambda: deque(x=1))
t("pop empty", lambda: deque().pop())
t("popleft empty", lambda: deque().popleft())
t("remove missing", lambda: deque([1]).remove(2))
t("index missing", lambda: deque([1]).index(2))
t("index range", lambda: deque([1, 2, 3]).index(2, 0, 1))
t("index no args", lambda: deque([1]).index())
t("getitem range", lambda: deque([1])[5])
t("getitem str", lambda: deque([1])['a'])
t("getitem slice", lambda: deque([1])[1:2])
t("getitem empty", lambda: deque()[0])
t("setitem range", lambda: deque([1]).__setitem__(3, 1))
t("delitem range", lambda: deque([1]).__delitem__(3))
t("insert full", lambda: deque([1], 1).insert(0, 1))
t("insert 1 arg", lambda: deque([1]).insert(0))
t("rotate str", lambda: deque([1]).rotate('a'))
t("rotate 2 args", lambda: deque([1]).rotate(1, 2))
t("concat list", lambda: deque([1]) + [1])
t("mul str", lambda: deque([1]) * 'a')
t("lt list", lambda: deque([1]) < [1])
t("lt mixed", lambda: deque([1]) > deque(['a']))
t("hash", lambda: hash(deque()))
t("count()", lambda: deque([1]).count())
t("extend(1)", lambda: deque([1]).extend(1))
t("extendleft(1)", lambda: deque([1]).extendleft(1))
t("append()", lambda: deque().append())
t("attr", lambda: deque().foo)
t("maxlen set", lambda: setattr(deque(), 'maxlen', 3))
t("_deque_iterator()", lambda: _deque_iterator())
t("_deque_iterator(1)", lambda: _deque_iterator(1))
big = deque()
for i in range(100000):
    big.append(i)
    if len(big) > 50:
        big.popleft()
print(len(big), big[0], big[-1], sum(big))
