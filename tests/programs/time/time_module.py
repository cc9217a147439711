# time: clocks, struct_time, conversions in fixed time zones, strftime,
# strptime and CPython's error messages.
import os
import time

os.environ["TZ"] = "UTC"
time.tzset()


def show(expr):
    try:
        r = repr(eval(expr))
    except BaseException as e:
        r = f"{type(e).__name__}: {e}"
    print(f"{expr} -> {r}")


# Clocks have the right types and move forward.
for name in ["time", "monotonic", "perf_counter", "process_time", "thread_time"]:
    f, f_ns = getattr(time, name), getattr(time, name + "_ns")
    a, b = f(), f_ns()
    print(name, type(a).__name__, type(b).__name__, f() >= a, f_ns() >= b)
    info = time.get_clock_info(name)
    print(" ", info.implementation, info.monotonic, info.adjustable, info.resolution > 0)
print(abs(time.time() - time.time_ns() / 1e9) < 1)
t0 = time.monotonic()
time.sleep(0.02)
print("slept", time.monotonic() - t0 >= 0.02)
time.sleep(0)
print(type(time.clock_gettime(time.CLOCK_MONOTONIC)).__name__, type(time.clock_gettime_ns(time.CLOCK_REALTIME)).__name__,
      time.clock_getres(time.CLOCK_REALTIME) > 0)
print([n for n in dir(time) if n.startswith("CLOCK_")], time._STRUCT_TM_ITEMS)

# struct_time.
st = time.gmtime(1234567890)
print(st)
print(len(st), st[0], st[-1], st[2:5], st.tm_zone, st.tm_gmtoff, st.tm_yday, tuple(st))
print(time.struct_time.n_fields, time.struct_time.n_sequence_fields, time.struct_time.n_unnamed_fields)
print(type(st).__name__, type(st).__module__, isinstance(st, tuple))
s2 = time.struct_time((2000, 1, 2, 3, 4, 5, 6, 2, 0))
print(s2, s2.tm_zone, s2.tm_gmtoff)
for secs in [0, 1.99, -1, -1.5, 86400 * 366, 2**31, 951782400, 10**10, True]:
    show(f"tuple(time.gmtime({secs!r}))")
    show(f"tuple(time.localtime({secs!r}))")

# Conversions in UTC.
print(time.timezone, time.altzone, time.daylight, time.tzname)
for secs in [0, 1234567890, -86400 * 365]:
    print(time.mktime(time.localtime(secs)), time.ctime(secs), time.asctime(time.gmtime(secs)))
print(time.mktime((2020, 2, 30, 25, 61, 0, 0, 0, 0)))
print(time.mktime((2020, 1, 1, 0, 0, 0, 0, 1, -1)))

# A POSIX TZ string with daylight saving time (needs no tz database).
os.environ["TZ"] = "EST+05EDT,M3.2.0,M11.1.0"
time.tzset()
print(time.timezone, time.altzone, time.daylight, time.tzname)
for secs in [0, 1215000000]:
    lt = time.localtime(secs)
    print(lt, lt.tm_zone, lt.tm_gmtoff)
    print(time.mktime(lt), time.ctime(secs), time.strftime("%Y-%m-%d %H:%M:%S %Z %z", lt))
os.environ["TZ"] = "UTC"
time.tzset()

# strftime.
fixed = (2009, 2, 13, 23, 31, 30, 4, 44, 0)
for fmt in ["%Y-%m-%d %H:%M:%S", "%a %A %b %B %c", "%d %j %U %W %w %y %C", "%I %p %M %S %%",
            "%x %X", "%G-W%V-%u", "%e|%n|%t|%D|%T|%R", "", "plain text", "%", "é %Y ü",
            "%Y" * 100]:
    show(f"time.strftime({fmt!r}, {fixed})")
for tup in [(2020, 0, 0, 0, 0, 0, 0, 0, 0), (2020, 13, 1, 0, 0, 0, 0, 1, 0), (2020, 1, 32, 0, 0, 0, 0, 1, 0),
            (2020, 1, 1, 24, 0, 0, 0, 1, 0), (2020, 1, 1, 0, 60, 0, 0, 1, 0), (2020, 1, 1, 0, 0, 62, 0, 1, 0),
            (2020, 1, 1, 0, 0, 0, -3, 1, 0), (2020, 1, 1, 0, 0, 0, 0, 367, 0), (2020, 1, 1, 0, 0, 0, 0, 1, 5),
            (-5, 1, 1, 0, 0, 0, 0, 1, 0), (12345, 1, 1, 0, 0, 0, 0, 1, 0), (2020, 1, 1), 5,
            (2020, 1, 1, 0, 0, 0, 0, 1, 0, 0), (2020.0, 1, 1, 0, 0, 0, 0, 1, 0)]:
    show(f"time.strftime('%Y %m %d %H %M %S %w %j', {tup!r})")
    show(f"time.asctime({tup!r})")
show("time.strftime(5)")
show("time.strftime('a\\x00b')")
show("time.strftime('%Y', time.gmtime(0), 1)")

# strptime goes through _strptime.
show("time.strptime('2020-03-04', '%Y-%m-%d')")
show("time.strptime('Thu Jan  1 00:00:00 1970')")
show("time.strptime('13:45', '%H:%M')[3:5]")
show("time.strptime('x', '%Y')")
show("time.strptime('2020', format='%Y')")

# Errors.
for expr in ["time.gmtime('x')", "time.gmtime(float('nan'))", "time.gmtime(1e30)", "time.gmtime(10**20)",
             "time.gmtime(1, 2)", "time.localtime(-1e20)", "time.ctime('x')", "time.sleep(-1)",
             "time.sleep('x')", "time.sleep(float('nan'))", "time.sleep(10**30)", "time.sleep()",
             "time.mktime((1, 2))", "time.mktime(5)", "time.mktime()", "time.get_clock_info('x')",
             "time.time(1)", "time.time_ns(1)", "time.monotonic(x=1)", "time.clock_gettime('x')",
             "time.asctime(1, 2)"]:
    show(expr)
for expr in ["time.ctime(1, 2)", "time.localtime(1, 2)", "time.strftime()", "time.asctime(t=1)",
             "time.ctime(x=1)", "time.strptime(1)", "time.get_clock_info()", "time.clock_settime(1)",
             "time.clock_gettime()", "time.tzset(1)", "time.strptime('1', '%Y', x=1)"]:
    show(expr)
