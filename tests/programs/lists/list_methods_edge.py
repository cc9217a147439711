# list methods with unusual arguments: negative/huge indexes for insert/pop, index with bounds, count of unequal types.
a = list("abcde")
a.insert(-1, "X")
a.insert(-100, "S")
a.insert(100, "E")
print(a)
print(a.pop(-2), a.pop(1), a)
print(a.index("c", -5), a.index("E", 0, 100), a.index("S", -100))
for args in [("c", 5), ("c", 0, 2), ("zz",)]:
    try:
        a.index(*args)
    except ValueError as e:
        print(type(e).__name__, e)
print([1, 1.0, True, "1", (1,)].count(1), [[1], [1], (1,)].count([1]), [None, 0, False].count(None))
b = [3, 1, 2]
b.extend(b)
print(b)
b[len(b):] = b[:2]
print(b)
print(b.__getitem__(-1), b.__len__(), b.__contains__(3), b.__iadd__([9]) is b, b[-1])
c = [1, 2, 3]
c.remove(2.0)
print(c)
try:
    c.remove(None)
except ValueError as e:
    print(type(e).__name__, e)
d = [[]] * 2 + [[]]
d[0].append("shared")
print(d)
e = list(range(5))
print(e.pop(), e.pop(0), e.pop(len(e) // 2), e)
try:
    e.pop(-10)
except IndexError as err:
    print(type(err).__name__, err)
print(list.index([5, 6, 5], 5, 1), list.count([1, 2, 1], 1), [].copy(), list.copy([1]))
