# itertools recipes from the CPython documentation, run on oxpy.
from itertools import *



def take(n, iterable):
    return list(islice(iterable, n))


def tabulate(function, start=0):
    return map(function, count(start))


def consume(iterator, n=None):
    if n is None:
        for _ in iterator:
            pass
    else:
        next(islice(iterator, n, n), None)


def nth(iterable, n, default=None):
    return next(islice(iterable, n, None), default)


def all_equal(iterable):
    g = groupby(iterable)
    return next(g, True) and not next(g, False)


def quantify(iterable, pred=bool):
    return sum(map(pred, iterable))


def ncycles(iterable, n):
    return chain.from_iterable(repeat(tuple(iterable), n))


def flatten(list_of_lists):
    return chain.from_iterable(list_of_lists)


def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return zip_longest(*args, fillvalue=fillvalue)


def roundrobin(*iterables):
    num_active = len(iterables)
    nexts = cycle(iter(it).__next__ for it in iterables)
    while num_active:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            num_active -= 1
            nexts = cycle(islice(nexts, num_active))


def partition(pred, iterable):
    t1, t2 = tee(iterable)
    return filterfalse(pred, t1), filter(pred, t2)


def powerset(iterable):
    s = list(iterable)
    return chain.from_iterable(combinations(s, r) for r in range(len(s) + 1))


def unique_everseen(iterable, key=None):
    seen = set()
    seen_add = seen.add
    if key is None:
        for element in filterfalse(seen.__contains__, iterable):
            seen_add(element)
            yield element
    else:
        for element in iterable:
            k = key(element)
            if k not in seen:
                seen_add(k)
                yield element


def unique_justseen(iterable, key=None):
    return (next(g) for k, g in groupby(iterable, key))


def sliding_window(iterable, n):
    it = iter(iterable)
    window = list(islice(it, n - 1))
    for x in it:
        window.append(x)
        yield tuple(window)
        del window[0]


def dotproduct(vec1, vec2):
    return sum(starmap(lambda a, b: a * b, zip(vec1, vec2)))


print(take(4, tabulate(lambda x: x * x)))
it = iter(range(10)); consume(it, 3); print(next(it))
it = iter(range(10)); consume(it); print(next(it, 'done'))
print(nth(range(10), 3), nth(range(3), 5, 'x'))
print(all_equal('aaa'), all_equal('aab'), all_equal(''))
print(quantify([1, 0, 2, 0]), list(ncycles('ab', 3)), list(flatten([[1, 2], [3]])))
print(list(grouper('ABCDEFG', 3, 'x')))
print(list(roundrobin('ABC', 'D', 'EF')))
evens, odds = partition(lambda x: x % 2, range(10))
print(list(evens), list(odds))
print(list(powerset([1, 2, 3])))
print(list(unique_everseen('AAAABBBCCDAABBB')), list(unique_everseen('ABBCcAD', str.lower)))
print(list(unique_justseen('AAAABBBCCDAABBB')), list(unique_justseen('ABBCcAD', str.lower)))
print(list(sliding_window('ABCDEFG', 4)), dotproduct([1, 2, 3], [4, 5, 6]))
print(list(accumulate(repeat(2, 10), lambda a, b: a * b)))
print(sum(1 for _ in product(range(10), repeat=4)), sum(1 for _ in permutations(range(7))))
print(sum(sum(c) for c in combinations(range(20), 5)))
