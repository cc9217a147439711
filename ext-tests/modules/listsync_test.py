import listsync as m

lst = [1, 2, 3]
d = {"a": 1}
m.keep(lst, d)
print(m.peek())
lst.append(4)
lst[0] = "zero"
d["b"] = 2
print(m.peek())
del lst[1:3]
d.clear()
print(m.peek())
lst.extend(range(5))
m.swap_kept()
print(lst, m.peek())
lst.sort(key=str)
print(m.peek())
m.swap_kept()
m.swap_kept()
lst.reverse()
print(lst, m.peek())

seen = []
def cb(x):
    seen.append(list(x))
    return "from-callback"
l2 = ["a", "b", "c", "d"]
m.rotate_call_set(l2, cb)
print(seen, l2)

def grows(x):
    x.insert(0, "front")
    x.append("back")
    return len(x)
l3 = [1, 2, 3]
m.rotate_call_set(l3, grows)
print(l3)
def empties(x):
    x.clear()
    return 0
l4 = [1, 2]
m.rotate_call_set(l4, empties)
print(l4)

inner = [[1], [10, 11], [], "s", [100]]
m.bump_inner(inner)
print(inner)
m.bump_inner(inner)
print(inner, inner[0] is inner[0])

base = ["x", "y"]
print(m.api_mix(base))
print(base, len(base))
big = m.build_by_append(20000)
print(len(big), big[:3], big[-1], sum(big))
big.append("tail")
print(m.errors(big))
print(big[-2:])

# Heap-like use: swaps after Python reads in between.
h = [5, 3, 8, 1]
m.keep(h, {})
for _ in range(3):
    m.swap_kept()
    print(h[0], h[-1], m.peek()[0])
    h.append(len(h))
