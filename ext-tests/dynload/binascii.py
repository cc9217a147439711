import binascii
print(binascii.hexlify(b"\x01\xab"), binascii.hexlify(b"\x01\xab\xcd", ":", 2), binascii.hexlify(b"\x01\xab\xcd", "-", -1))
print(binascii.unhexlify(b"01ab"), binascii.crc32(b"abc"), binascii.crc_hqx(b"abc", 0))
print(binascii.b2a_base64(b"hi there"), binascii.a2b_base64(b"aGkgdGhlcmU=\n"))
try:
    binascii.unhexlify(b"0")
except binascii.Error as e:
    print("Error", e)
