import _bisect
a = [1, 3, 5, 7]
print(_bisect.bisect_left(a, 4), _bisect.bisect_right(a, 5), _bisect.bisect(a, 0))
_bisect.insort_right(a, 4)
_bisect.insort_left(a, 8)
print(a, _bisect.bisect_left(a, 4, lo=1, hi=3))
print(_bisect.bisect_left([(1, "a"), (3, "b")], 2, key=lambda p: p[0]))
for args in [(), (a,), (a, 1, -1)]:
    try:
        _bisect.bisect_left(*args)
    except Exception as e:
        print(type(e).__name__, e)
