import seq_api as s

def show(f, *args):
    try:
        print(f.__name__, "->", f(*args))
    except BaseException as e:
        print(f.__name__, "->", type(e).__name__, e)

show(s.tuples)
l = [1, 2, 3]
show(s.lists, l)
print(l)
show(s.lists, ())
show(s.sort, [3, 1, 2])
show(s.sort, [3, "a"])
show(s.sets, [3, 2, 2])
show(s.sets, None)
show(s.sets, "ab")
show(s.sets, 5)
show(s.set_pop, {7})
show(s.set_pop, set())
show(s.set_add_unhashable, set())
for args in [(None, None, None, 10), (1, 8, 2, 10), (-3, None, None, 10), (None, None, -1, 5),
             (5, 1, -2, 4), (0, 100, 3, 7), (None, None, 0, 3), ("a", None, None, 3)]:
    show(s.slices, *args)
