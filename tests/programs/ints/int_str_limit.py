# The int/str conversion digit limit (3.11 security feature).
import sys
print(sys.get_int_max_str_digits())
big = 10 ** 5000
try:
    s = str(big)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("1" * 5000)
except ValueError as e:
    print(type(e).__name__, e)
print(len(str(10 ** 4299)), int("9" * 4300) % 1000)
print(hex(big)[:10], len(hex(big)) > 4000)
sys.set_int_max_str_digits(10000)
print(sys.get_int_max_str_digits(), len(str(big)))
sys.set_int_max_str_digits(0)
print(sys.get_int_max_str_digits(), len(str(10 ** 20000)))
try:
    sys.set_int_max_str_digits(5)
except ValueError as e:
    print(type(e).__name__, e)
sys.set_int_max_str_digits(640)
try:
    print(repr(10 ** 640))
except ValueError as e:
    print(type(e).__name__, e)
print(len(repr(10 ** 639)))
try:
    f"{10 ** 700}"
except ValueError as e:
    print(type(e).__name__, e)
print(int("0x" + "f" * 1000, 16) > 0)
