# ctypes runs on oxpy through cpyext: its metatypes subclass `type` and
# `dict` in C, and Python metaclasses derive from them (ctypes._endian).
import ctypes
from ctypes import (Structure, Union, BigEndianStructure, c_int, c_uint8, c_double,
                    c_char_p, sizeof, pointer, POINTER, py_object, pythonapi)


class Point(Structure):
    _fields_ = [("x", c_int), ("y", c_int)]


p = Point(3, 4)
print(p.x, p.y, sizeof(Point))
p.x = 10
print(p.x, Point.x)


class BE(BigEndianStructure):
    _fields_ = [("a", ctypes.c_uint16), ("b", c_uint8)]


print(type(BE).__name__, [c.__name__ for c in type(BE).__mro__], sizeof(BE))


class U(Union):
    _fields_ = [("i", ctypes.c_uint32), ("d", c_double)]


print(sizeof(U))

arr = (c_int * 4)(1, 2, 3, 4)
print(list(arr), sizeof(arr), arr[2])
pp = pointer(c_int(42))
print(pp.contents.value, POINTER(c_int).__name__)

# Calling the C-API of the running interpreter through ctypes.
from_format = pythonapi.PyBytes_FromFormat
from_format.argtypes = (c_char_p,)
from_format.restype = py_object
print(from_format(b"Hello %s %d", b"world", c_int(7)))
