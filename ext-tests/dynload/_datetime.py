# CPython's _datetime (internal headers, _Py_NewReference, number slots of C types).
import _datetime as d
from datetime import datetime, date, timedelta, timezone, time
print(d.date(2020, 3, 4), d.timedelta(days=1, seconds=5), d.datetime(2020, 1, 2, 3, 4, 5, 6))
x = datetime(2021, 5, 6, 7, 8, 9, tzinfo=timezone.utc)
print(x, x.isoformat(), x.timestamp(), x + timedelta(hours=30), x.weekday(), x.strftime("%Y/%m/%d %H-%M"))
print(date(2020, 2, 29).toordinal(), date.fromordinal(737000), date.fromisoformat("2021-03-04"), repr(timedelta(-1, 3)))
print(datetime(2020, 1, 1) < datetime(2021, 1, 1), hash(date(2020, 1, 1)) == hash(date(2020, 1, 1)), time(12, 30).replace(minute=5))
print(datetime.strptime("2020-03-04 05:06", "%Y-%m-%d %H:%M"), timedelta(days=3) // timedelta(hours=5), timedelta(seconds=7.5).total_seconds())
print(type(datetime).__module__, datetime.__module__, datetime.max, date.min, repr(timezone(timedelta(hours=-3), "X")))
try:
    date(2020, 13, 1)
except ValueError as e:
    print(e)
