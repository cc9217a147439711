# next() with defaults and errors; aiter()/anext() driven manually.
it = iter([1, 2])
print(next(it), next(it, "d"), next(it, "d"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
try:
    next(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    next()
except TypeError as e:
    print(type(e).__name__, e)
class Custom:
    def __next__(self):
        return "custom next"
print(next(Custom()))
class Raises:
    def __next__(self):
        raise ValueError("inside next")
try:
    next(Raises(), "default does not catch other errors")
except ValueError as e:
    print(type(e).__name__, e)
async def agen():
    yield "first"
    yield "second"
def drive(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value
ag = agen()
ai = aiter(ag)
print(ai is ag, drive(anext(ai)), drive(anext(ai)))
try:
    drive(anext(ai))
except StopAsyncIteration as e:
    print(type(e).__name__)
print(drive(anext(ai, "anext default")))
try:
    aiter(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    anext(5)
except TypeError as e:
    print(type(e).__name__, e)
class AIt:
    def __aiter__(self):
        return self
    async def __anext__(self):
        raise StopAsyncIteration
print(type(aiter(AIt())).__name__, drive(anext(AIt(), "empty")))
