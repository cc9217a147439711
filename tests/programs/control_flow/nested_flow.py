# return/break/continue through try/finally and with blocks.
log = []
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        log.append("enter " + self.name)
        return self
    def __exit__(self, *exc):
        log.append("exit " + self.name + " " + str(exc[0].__name__ if exc[0] else None))
        return False
def f():
    for i in range(5):
        with CM(str(i)):
            try:
                if i == 1:
                    continue
                if i == 3:
                    return "returned at 3"
            finally:
                log.append("finally " + str(i))
    return "end"
print(f())
print(log)
log.clear()
def g():
    while True:
        try:
            with CM("w"):
                break
        finally:
            log.append("outer finally")
    return "after loop"
print(g(), log)
def h():
    try:
        return "try"
    finally:
        print("finally runs before return completes")
print(h())
def k():
    try:
        return "try"
    finally:
        return "finally wins"
print(k())
def m():
    for i in range(3):
        try:
            break
        finally:
            print("finally on break", i)
    else:
        print("not printed")
    return i
print(m())
def swallow():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            continue
    return "swallowed"
print(swallow())
def count():
    n = 0
    try:
        while True:
            n += 1
            if n == 3:
                raise StopIteration
    except StopIteration:
        return n
print(count())
