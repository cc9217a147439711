import asyncio
from type_async import Ticker, drive

async def awaiting(n):
    r = await Ticker(n)
    return ("awaited", r)

async def looping(n):
    seen = []
    async for t in Ticker(n, 10):
        seen.append(t)
    return seen

print(drive(awaiting(3)))
print(drive(awaiting(0)))
print(drive(looping(3)))
print(asyncio.run(looping(2)))
print(type(Ticker().__await__()).__name__, list(Ticker(2, 5).__await__()))
try:
    drive(iter([1]))
except Exception as e:
    print(type(e).__name__)
async def fails():
    raise KeyError("inside")
try:
    drive(fails())
except KeyError as e:
    print("KeyError", e)
print(hasattr(Ticker, "__aiter__"), hasattr(Ticker, "__anext__"), hasattr(Ticker, "__await__"))
