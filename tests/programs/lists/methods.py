l = [5, 3, 8, 1]
l.append(9); l.insert(0, 0); l.insert(-1, 7); l.insert(100, 10); print(l)
l.extend(range(2)); print(l, len(l))
print(l.pop(), l.pop(0), l, l.index(8), l.count(1))
l.remove(1); print(l)
l.reverse(); print(l)
l.sort(); print(l)
l.sort(key=lambda v: -v); print(l)
c = l.copy(); c.clear(); print(c, l)
print(l + [1], l * 2, [0] * 3, 3 in l, 99 not in l, l == sorted(l, reverse=True), [1, 2] < [1, 3], [1, 2] < [1, 2, 0])
l[1:3] = ["a", "b", "c"]; print(l)
del l[::2]; print(l)
l[::2] = [0] * len(l[::2]); print(l)
for bad in ["[].pop()", "[1].index(5)", "[1].remove(2)", "[1][5]", "[1, 2][::2].__setitem__(slice(None, None, 2), [1, 2, 3])"]:
    try:
        eval(bad)
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
nested = [[1, 2], [3]]
print(nested, sum(nested, []), list(map(len, nested)))
a = [1]; a.append(a); print(a)
