# bool is an int subclass: arithmetic, repr, constructor, and short-circuit operators.
print(True, False, repr(True), str(False), int(True), float(False), True + 0.5)
print(bool(), bool(0), bool(1), bool(-1), bool(0.0), bool(""), bool(" "), bool([]), bool([0]), bool(None))
print(bool(()), bool({}), bool(set()), bool(range(0)), bool(range(1)), bool(0j), bool(1j), bool(b""))
print(True == 1, False == 0, True is bool(1), hash(True), hash(False), True.__hash__() == 1)
print(True + True + True, True * 7, True / 2, True // 2, True ** 10, -True, abs(-True), True << 3)
print(type(True + True).__name__, type(True and 5).__name__, type(not 5).__name__)
print({True: "a", 1: "b", 1.0: "c"}, {0, False, 0.0}, [True, 1, 1.0].count(1))
print(0 and 1, 1 and 0, 2 and 3, 0 or 0.0, "" or "x", [] or [] or 7, None or False)
def t(x):
    print("t", x)
    return x
print(t(0) and t(1))
print(t(1) and t(2))
print(t(0) or t(3))
print(t(4) or t(5))
print(not t(""), not t("a"))
try:
    class B(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(bool.__name__, True.__class__.__name__, isinstance(False, int), True.bit_length())
print(f"{True}", f"{True:d}", f"{False:>5}", "%s %d" % (True, True), format(True, ""), format(True, "5"))
print(str(True).upper(), True.__repr__(), True.__and__(False), True.__or__(0), True.__xor__(True), True.__and__(2))
print(sum([True, True, False, True]), max(False, True), sorted([True, False, True]))
print(bool("False"), bool.__new__(bool, 3), bool(bool), True.real, True.imag)
try:
    bool(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
