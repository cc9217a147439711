# try/except/else inside loops with break/continue, and loop-else interplay with exceptions.
results = []
for v in ["1", "x", "3", "", "5"]:
    try:
        n = int(v)
    except ValueError:
        results.append(f"bad {v!r}")
        continue
    else:
        if n == 3:
            results.append("three -> break")
            break
        results.append(n)
    finally:
        results.append("f")
else:
    results.append("loop else")
print(results)
def find(items, target):
    for i, item in enumerate(items):
        try:
            if item == target:
                raise StopIteration(i)
        except StopIteration as s:
            return s.value
    else:
        return -1
print(find("abc", "c"), find("abc", "z"))
attempts = 0
while True:
    attempts += 1
    try:
        if attempts < 3:
            raise ConnectionError(f"attempt {attempts}")
    except ConnectionError as e:
        print("retry after", e)
    else:
        print("succeeded after", attempts)
        break
for i in range(3):
    try:
        pass
    finally:
        if i == 1:
            break
print("stopped at", i)
