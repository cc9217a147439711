async def add(a, b):
    return a + b
async def main():
    x = await add(1, 2)
    y = await add(x, 10)
    return y
c = main()
print(type(c).__name__)
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)
class Awaitable:
    def __await__(self):
        v = yield "suspended"
        return v * 2
async def uses():
    return await Awaitable()
co = uses()
print(co.send(None))
try:
    co.send(21)
except StopIteration as e:
    print("got", e.value)
