async def agen(n):
    for i in range(n):
        yield i * 10
async def consume():
    out = []
    async for v in agen(3):
        out.append(v)
    return out
c = consume()
try:
    c.send(None)
except StopIteration as e:
    print("async for:", e.value)
class AsyncCM:
    async def __aenter__(self):
        print("aenter")
        return "resource"
    async def __aexit__(self, *exc):
        print("aexit", exc[0])
        return False
async def use_cm():
    async with AsyncCM() as r:
        print("using", r)
    return "done"
co = use_cm()
try:
    co.send(None)
except StopIteration as e:
    print(e.value)
async def comp():
    return [x async for x in agen(4) if x > 0]
try:
    comp().send(None)
except StopIteration as e:
    print("async comprehension", e.value)
async def never():
    pass
n = never()
print(type(n).__name__, n.cr_running if hasattr(n, "cr_running") else "?")
n.close()
import sys
def gen_send():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v
g = gen_send(); next(g); g.send(5); g.send(6)
try:
    g.send(None)
except StopIteration as e:
    print("gen return", e.value)
