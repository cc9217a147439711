print(int("42"), int("-17"), int("  7  "), int("0x1f", 16), int("1f", 16), int("0b101", 0), int("0o17", 0), int("z", 36))
print(int(3.9), int(-3.9), int(True), int("1_000"))
for bad in ["abc", "", "1.5", "0x", "--1"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    int("12", 1)
except ValueError as e:
    print(e)
try:
    int([1])
except TypeError as e:
    print(e)
print(int.from_bytes(b"\x01\x00", "big"), (258).to_bytes(2, "little"), int.from_bytes(b"\xff", "big", signed=True))
