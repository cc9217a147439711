# Operator precedence and associativity across the whole expression grammar.
print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, -2 ** 2, (-2) ** 2, 2 ** -1, not 1 == 2, not (1 == 2))
print(1 + 2 < 4 == True, 1 < 2 and 2 < 3 or False, 1 or 2 and 0, (1 or 2) and 0, not 0 and 1, not (0 and 1))
print(8 >> 1 << 2, 8 >> (1 << 2), 1 | 2 & 3, (1 | 2) & 3, 6 ^ 3 | 1, 6 ^ (3 | 1), ~1 + 1, -~1, ~-1)
print(10 - 2 - 3, 10 - (2 - 3), 100 / 10 / 5, 100 / (10 / 5), 2 * 3 % 4, 2 * (3 % 4), 7 // 2 * 2)
print("a" + "b" * 2, ("a" + "b") * 2, [1] + [2] * 2, 3 * "x" + "y", "%s" % 1 + "2", "%s" % (1 + 2))
print(1 if True else 2 if False else 3, (1 if False else 2) + 10, 1 + (2 if False else 3), [x for x in range(3)][1:] or None)
f = lambda: 1 if False else 2
print(f(), (lambda x: x + 1)(1) * 2, 3 in [1, 2, 3] == True, (3 in [1, 2, 3]) == True, 1 < 2 in [True])
a = [1, 2, 3]
print(a[1:][0], -a[0], a[-1] ** 2, not a, a and a[0], len(a) > 2 and a[2] == 3, a.__len__() + 1)
x = 5
print(x > 3 and x < 10, 3 < x < 10, x == 5 or 1 / 0, (x, x + 1)[x > 3], [x] * 2 + [x + 1])
print(2 ** 2 * 3, 2 * 3 ** 2, -3 ** 2 * 2, 2 ** -2 ** 2, 1 - -1, 1 + +1, 1 - - - 1, +-+1)
print(True + True * True, (True + True) * True, False or not False and True, 3 & 5 == 1, (3 & 5) == 1)
print(1, 2 == 1, 2, (1, 2) == (1, 2), None is not False, 0 in [] not in [[]])
print("abc"[1:] + "def"[:1], "x" "y" * 2, ("x" "y") * 2, b"a" b"b", -1 ** 0.5 if False else "skip")
print([1, 2][0] + {0: 5}[0] * (3,)[0], (1, 2)[-1] ** 2, "xy"[::-1] * 2, not [] == [] , not ([] == []))
