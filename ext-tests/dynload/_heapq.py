import _heapq
h = []
for x in [5, 1, 8, 3, 9, 2]:
    _heapq.heappush(h, x)
print(h, [_heapq.heappop(h) for _ in range(3)], h)
l = [9, 4, 7, 1, 0]
_heapq.heapify(l)
print(l, _heapq.heapreplace(l, 5), _heapq.heappushpop(l, -1), l)
try:
    _heapq.heappop([])
except IndexError as e:
    print("IndexError", e)
try:
    _heapq.heappush(None, 1)
except TypeError as e:
    print("TypeError", e)
