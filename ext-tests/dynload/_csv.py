import _csv
r = _csv.reader(["a,b,c", '1,"x,y",3'])
print(list(r))
class W:
    def write(self, s):
        print(repr(s))
w = _csv.writer(W())
w.writerow([1, "a,b", None])
print(_csv.QUOTE_ALL, _csv.get_dialect("excel").delimiter if "excel" in _csv.list_dialects() else "-")
