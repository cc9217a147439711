# Async generator asend/athrow/aclose driven manually, and finalization semantics.
class Tick:
    def __await__(self):
        yield "tick"
def drive(aw):
    steps = 0
    while True:
        try:
            aw.send(None)
            steps += 1
        except StopIteration as e:
            return e.value
async def agen():
    try:
        received = yield "first"
        print("agen received", received)
        await Tick()
        received = yield "second"
        print("agen received", received)
    except ValueError as e:
        print("agen caught", e)
        yield "after throw"
    finally:
        print("agen finally")
g = agen()
print(drive(g.asend(None)))
print(drive(g.asend("hello")))
print(drive(g.athrow(ValueError("thrown"))))
try:
    drive(g.asend("more"))
except StopAsyncIteration:
    print("exhausted")
g2 = agen()
print(drive(g2.__anext__()))
print(drive(g2.aclose()))
print(g2.ag_frame)
try:
    drive(g2.asend(None))
except StopAsyncIteration:
    print("closed generator raises StopAsyncIteration")
async def ignores_close():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g3 = ignores_close()
drive(g3.__anext__())
try:
    drive(g3.aclose())
except RuntimeError as e:
    print(type(e).__name__, e)
async def returns_in_agen():
    yield 1
    return
print([v for v in [drive(returns_in_agen().__anext__())]])
try:
    compile("async def f():\n    yield 1\n    return 2\n", "<a>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    compile("async def f():\n    yield from x\n", "<a>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
