values = [0, 1, -1, 0.0, 0.5, "", "a", [], [0], (), (0,), {}, {0: 0}, set(), None, True, False, range(0), range(1)]
for v in values:
    print(repr(v), bool(v), "yes" if v else "no")
class A:
    def __bool__(self):
        return False
class B:
    def __len__(self):
        return 0
class C:
    pass
print(bool(A()), bool(B()), bool(C()))
