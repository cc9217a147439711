import datetime
import datetime_capi as d

values = d.build()
for v in values:
    print(repr(v), d.fields(v))
print(d.fields(datetime.date(2000, 1, 2)), d.fields(datetime.datetime(2001, 2, 3, 4, 5, 6, 7)))
print(d.fields(datetime.timedelta(days=-1, seconds=5)), d.fields(5))
class MyDate(datetime.date):
    pass
print(d.fields(MyDate(2010, 10, 10)))
try:
    d.bad_date()
except ValueError as e:
    print("ValueError", e)
print(d.utc() is datetime.timezone.utc)
print(values[1] + values[3])
