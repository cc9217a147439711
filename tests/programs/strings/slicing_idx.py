# Indexing and slicing strings with all step/sign combinations.
s = "0123456789"
for start in (None, -12, -3, 0, 2, 9, 12):
    for stop in (None, -12, -2, 0, 5, 12):
        print(repr(s[start:stop]), repr(s[start:stop:2]), repr(s[start:stop:-1]), repr(s[start:stop:-3]), end=" | ")
    print()
print(s[::1], s[::-1], s[::10], s[::-10], s[::3], s[1::3], s[-1::-4])
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
for i in (0, 9, -1, -10):
    print(i, s[i])
for i in (10, -11, 2**70):
    try:
        s[i]
    except IndexError as e:
        print(i, type(e).__name__, e)
u = "aé日𝄞"
print([u[i] for i in range(len(u))], u[::-1], u[1:3], len(u), u[-1] == "\U0001D11E")
print(s[slice(2, 5)], s[slice(None, None, -2)], s[slice(-3, None)], slice(1, 2, 3).indices(10))
print(s[True], s[False:True], s[2**70:], s[-2**70:2])
class I:
    def __index__(self):
        return 3
print(s[I()], s[I():I()], s[:I()], s[::I()])
