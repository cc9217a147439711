# _codecs: the codec functions, error handlers and UnicodeError messages.
import _codecs as c
def show(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__, e)
        if isinstance(e, UnicodeError):
            print('  ', e.encoding if not isinstance(e, UnicodeTranslateError) else None, repr(e.object), e.start, e.end, e.reason)
for b, f in [(b'\x00', c.utf_16_le_decode), (b'\x00\xdc', c.utf_16_le_decode), (b'\x00\xd8a\x00', c.utf_16_le_decode), (b'\x00\xd8', c.utf_16_le_decode),
             (b'\x00\x00\x11\x00', c.utf_32_le_decode), (b'\x00\xd8\x00\x00', c.utf_32_le_decode), (b'\xe2\x82', c.utf_8_decode), (b'\xf0\x90\x28', c.utf_8_decode),
             (b'\xed\xa0\x80', c.utf_8_decode), (b'a\xffb\xc3\xa9', c.utf_8_decode), (b'a\\', c.unicode_escape_decode), (b'\\x4', c.unicode_escape_decode),
             (b'\\u12', c.unicode_escape_decode), (b'\\U00110000', c.unicode_escape_decode), (b'\\N{foo}', c.unicode_escape_decode), (b'\\N{', c.unicode_escape_decode),
             (b'\\N{EM DASH}x\\101\\t\\\n\\377', c.unicode_escape_decode), (b'\\u12', c.raw_unicode_escape_decode), (b'\\U00110000', c.raw_unicode_escape_decode),
             (b'a\\', c.raw_unicode_escape_decode), (b'\\\\u1234\\u00e9', c.raw_unicode_escape_decode), (b'\\x4', c.escape_decode), (b'a\\', c.escape_decode),
             (b'a\\101\\t\\n\\x41', c.escape_decode), (b'\xff\xfeh\x00i\x00', c.utf_16_decode), (b'\xfe\xff\x00h', c.utf_16_decode), (b'h\x00', c.utf_16_decode),
             (b'\xff\xfe\x00\x00h\x00\x00\x00', c.utf_32_decode), (b'ab\x80', c.ascii_decode), (b'ab\x80', c.latin_1_decode), (b'+AGEAYgBj-x+-', c.utf_7_decode),
             (b'a+2D3eAA-b', c.utf_7_decode)]:
    show(f, b)
for b, f, e in [(b'a\xff\xfe\x80', c.utf_8_decode, 'backslashreplace'), (b'a\xff\x80', c.utf_8_decode, 'surrogateescape'), (b'a\xff\xfe', c.utf_8_decode, 'replace'),
                (b'a\xff\xfe', c.utf_8_decode, 'ignore'), (b'\xed\xa0\x80x', c.utf_8_decode, 'surrogatepass'), (b'\x00\xd8a\x00', c.utf_16_le_decode, 'surrogatepass'),
                (b'a\x80', c.ascii_decode, 'xmlcharrefreplace'), (b'a\x80', c.ascii_decode, 'foo'), (b'\\x4g', c.escape_decode, 'replace'), (b'\\x4g', c.escape_decode, 'foo'),
                (b'\\x4g', c.unicode_escape_decode, 'replace')]:
    show(f, b, e)
for s, f in [('a\ud800b', c.utf_8_encode), ('a\ud800\udc00b', c.utf_16_encode), ('\xe9\xe9x\xe9', c.ascii_encode), ('\u20ac', c.latin_1_encode), ('ab', c.utf_16_encode),
             ('a\U0001F600', c.utf_16_be_encode), ('a', c.utf_32_encode), ('a\n\t\'"\\\xe9\u20ac\U0001F600\x7f', c.unicode_escape_encode),
             ('a\n\\\xe9\u20ac\U0001F600', c.raw_unicode_escape_encode), ('Hi Mom -\u263a-!', c.utf_7_encode), ('A\u2262\u0391.', c.utf_7_encode), ('~+x\U0001F600', c.utf_7_encode)]:
    show(f, s)
for e in ['namereplace', 'backslashreplace', 'xmlcharrefreplace', 'replace', 'ignore', 'surrogateescape', 'surrogatepass']:
    show(c.ascii_encode, 'a\xe9\u20ac\U0001F600\ud800', e)
    show(c.utf_8_encode, 'a\udcff\ud800', e)
show(c.escape_encode, b'a\n\'"\x00\xff')
show(c.charmap_build, 'abc')
show(c.charmap_decode, b'\x00\x01\x02', 'strict', 'ab')
show(c.charmap_decode, b'\x00\x01', 'strict', {0: 'x', 1: 0x263a})
show(c.charmap_encode, 'abz', 'strict', {97: 1, 98: b'xy'})
show(c.charmap_encode, 'abz', 'replace', {97: 1, 98: b'xy', 63: 0x3f})
show(c.utf_16_ex_decode, b'\xfe\xff\x00a', 'strict', 0, True)
show(c.utf_8_decode, b'a\xe2\x82', 'strict', False)
show(c.utf_16_decode, b'a\x00b', 'strict', False)
show(c.utf_8_encode, b'x')
show(c.utf_8_decode, 'x')
show(c.utf_8_encode, 'x', 3)
show(c.lookup_error, 'strict')
show(c.lookup_error, 'nope')
def handler(e):
    return ('<%d:%d>' % (e.start, e.end), e.end)
c.register_error('test.h', handler)
show(c.utf_8_decode, b'a\xff\xfeb', 'test.h')
show(c.ascii_encode, 'a\xe9\xe9b', 'test.h')
c.register_error('test.bad', lambda e: 1)
show(c.ascii_encode, 'a\xe9', 'test.bad')
c.register_error('test.far', lambda e: ('', 100))
show(c.ascii_encode, 'a\xe9', 'test.far')
c.register_error('test.neg', lambda e: ('?', -1))
show(c.ascii_encode, 'a\xe9b', 'test.neg')
print('x\xe9'.encode(), 'x\xe9'.encode('latin-1'), 'x'.encode('UTF_8'), 'ab'.encode('utf-16'), 'ab'.encode(encoding='ascii', errors='strict'))
show(str.encode, 'a\xe9', 'ascii')
show(str.encode, 'a', 'nope')
show(str.encode, 'a', 3)
e = UnicodeDecodeError('utf-8', b'\xff\xfe', 0, 1, 'invalid start byte'); print(e, repr(e), e.args)
e.start = 5; print(e)
print(UnicodeEncodeError('ascii', 'a\xe9\u1234\U00012345', 2, 3, 'bad'), UnicodeEncodeError('ascii', 'a\xe9\u1234\U00012345', 1, 4, 'bad'))
print(UnicodeEncodeError('ascii', 'a\xe9\u1234\U00012345', 3, 4, 'bad'), UnicodeTranslateError('ab', 0, 1, 'x'))
show(UnicodeDecodeError, 'a')
show(UnicodeDecodeError, 1, b'', 0, 0, '')
