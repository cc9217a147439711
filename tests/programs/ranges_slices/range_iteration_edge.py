# range iteration with large steps, negative steps, empty ranges, reversed ranges and membership of non-int numbers.
print(list(range(0, 20, 7)), list(range(20, 0, -7)), list(range(-5, -20, -4)), list(range(5, 5, -1)), list(range(0, -3)))
r = range(10**18, 10**18 + 30, 10)
print(list(r), len(r), r[-1], 10**18 + 10 in r, 10**18 + 11 in r, r.index(10**18 + 20))
print(list(reversed(range(0, 10, 3))), list(reversed(range(10, 0, -3))), list(reversed(range(-1, -10, -2))))
print(2.0 in range(5), 2.5 in range(5), True in range(2), (1 + 0j) in range(3), "1" in range(3))
class Num:
    def __eq__(self, o):
        return o == 3
print(Num() in range(5), Num() in range(3), range(5).count(Num()), range(5).index(3))
print(range(0, 10, 2) == range(0, 9, 2), range(1) == range(1, 2, 5), range(0) == range(1, 1), range(3) != range(4))
print(range(2, 12, 3)[1:3], range(2, 12, 3)[::-1], range(2, 12, 3)[-2:], range(100)[::25], range(5)[::-2])
print(sum(range(-100, 101)), min(range(3, 30, 4)), max(range(3, 30, 4)), sorted(range(5, 0, -2)), tuple(range(3)))
