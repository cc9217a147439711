l = list(range(10))
print(l[2:5], l[:-3], l[-3:], l[::3], l[8:2:-2], l[::-1][:3], l[100:], l[-100:1])
l[2:4] = "ab"; print(l)
l[:0] = [-1]; print(l)
l[len(l):] = [99]; print(l)
del l[1:3]; print(l)
l[::2] = range(len(l[::2])); print(l)
m = [[0] * 3 for _ in range(2)]
m[0][1] = 5; print(m)
alias = [[0] * 2] * 2
alias[0][0] = 1; print(alias)
c = l[:]; c.append("x"); print(len(c) - len(l))
words = "one two three four".split()
print(words[1:3], [w[::-1] for w in words], words[-1][-2:])
try:
    l[::2] = [1, 2]
except ValueError as e:
    print(e)
print(list(range(10))[slice(1, None, 4)], "hello"[slice(None, None, -2)], (1, 2, 3)[::-1])
