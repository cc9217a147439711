# Exceptions crossing await boundaries, try/finally in coroutines, and throw() into awaits.
class Step:
    def __await__(self):
        return (yield "step")
async def may_fail(flag):
    await Step()
    if flag:
        raise ValueError(f"failed {flag}")
    return "ok"
async def caller():
    results = []
    for flag in (0, 1, 0, 2):
        try:
            results.append(await may_fail(flag))
        except ValueError as e:
            results.append(f"caught {e}")
        finally:
            results.append("finally")
    return results
def run(c):
    while True:
        try:
            c.send(None)
        except StopIteration as e:
            return e.value
print(run(caller()))
async def deep(n):
    if n == 0:
        await Step()
        raise KeyError("bottom")
    return await deep(n - 1)
try:
    run(deep(5))
except KeyError as e:
    print("propagated", repr(e))
async def thrown_into():
    try:
        v = await Step()
        return ("not thrown", v)
    except RuntimeError as e:
        return ("caught thrown", str(e))
t = thrown_into()
print(t.send(None))
try:
    t.throw(RuntimeError("from driver"))
except StopIteration as e:
    print(e.value)
async def context():
    try:
        raise ValueError("first")
    except ValueError:
        await Step()
        raise TypeError("second")
try:
    run(context())
except TypeError as e:
    print(repr(e), repr(e.__context__))
async def chained():
    try:
        await may_fail(7)
    except ValueError as e:
        raise LookupError("wrapped") from e
try:
    run(chained())
except LookupError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
async def stop_iter_inside():
    raise StopIteration("bad")
try:
    run(stop_iter_inside())
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__))
