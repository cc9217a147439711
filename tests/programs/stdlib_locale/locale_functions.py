# _locale: setlocale, localeconv, nl_langinfo, strcoll/strxfrm,
# getencoding, gettext and CPython's messages.
import _locale
import locale

# LC_CTYPE comes from the environment at start-up; fix it for the output.
_locale.setlocale(_locale.LC_CTYPE, "C.UTF-8")

print(locale.setlocale is _locale.setlocale, locale.Error is _locale.Error, _locale.Error.__mro__)
names = sorted(n for n in dir(_locale) if not n.startswith('__'))
print(names)
print([(n, getattr(_locale, n)) for n in names if isinstance(getattr(_locale, n), int)])
print(_locale.__doc__, _locale.setlocale.__doc__, _locale.localeconv.__doc__)
print(_locale.setlocale(_locale.LC_NUMERIC), _locale.getencoding())
print(_locale.localeconv())
print(_locale.setlocale(_locale.LC_ALL, "C"), _locale.setlocale(_locale.LC_ALL))
print(_locale.setlocale(_locale.LC_CTYPE, "C.UTF-8"))
for key in ["CODESET", "D_T_FMT", "D_FMT", "T_FMT", "T_FMT_AMPM", "AM_STR", "PM_STR", "DAY_1", "DAY_7",
            "ABDAY_1", "MON_1", "MON_12", "ABMON_5", "RADIXCHAR", "THOUSEP", "YESEXPR", "NOEXPR",
            "CRNCYSTR", "ERA", "ERA_D_FMT", "ERA_D_T_FMT", "ERA_T_FMT", "ALT_DIGITS", "_DATE_FMT"]:
    print(key, repr(_locale.nl_langinfo(getattr(_locale, key))))
# Only the sign of a collation result is defined: glibc's wcscmp variants
# return -1 or the difference depending on the CPU.
sign = lambda r: (r > 0) - (r < 0)
print(sign(_locale.strcoll("a", "b")), sign(_locale.strcoll("b", "a")), _locale.strcoll("é", "é"), _locale.strcoll("", ""))
print(repr(_locale.strxfrm("abc")), repr(_locale.strxfrm("")), repr(_locale.strxfrm("héllo")))
print(_locale.gettext("hello"), _locale.dgettext(None, "x"), _locale.dcgettext(None, "y", _locale.LC_MESSAGES))
print(_locale.textdomain(None), _locale.bind_textdomain_codeset("oxpytest", None))
print(locale.getlocale(), locale.localeconv()["decimal_point"])
print(locale.format_string("%.2f", 1234.5, grouping=True), locale.str(1.5), locale.atof("2.5"))
print(sorted(["b", "a", "C"], key=locale.strxfrm), locale.strcoll("x", "y") < 0)

for f, a in [(_locale.setlocale, ()), (_locale.setlocale, ("a",)), (_locale.setlocale, (2 ** 40,)),
             (_locale.setlocale, (1, 5)), (_locale.setlocale, (1, "a\0")), (_locale.setlocale, (1, "xx_YY.bogus")),
             (_locale.setlocale, (99,)), (_locale.setlocale, (99, "C")), (_locale.setlocale, (1, "\udc80")),
             (_locale.strcoll, ("a",)), (_locale.strcoll, ("a", 1)), (_locale.strcoll, ("a\0", "b")),
             (_locale.strxfrm, (1,)), (_locale.strxfrm, ("a\0",)), (_locale.nl_langinfo, (12345,)),
             (_locale.nl_langinfo, ("x",)), (_locale.nl_langinfo, ()), (_locale.localeconv, (1,)),
             (_locale.getencoding, (1,)), (_locale.gettext, (1,)), (_locale.dgettext, (1, "x")),
             (_locale.dcgettext, ("a", "b", "c")), (_locale.bindtextdomain, ("", None)),
             (_locale.textdomain, (1,))]:
    try:
        r = f(*a)
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print("no error", repr(r))
try:
    _locale.setlocale(category=1)
except TypeError as e:
    print(e)
