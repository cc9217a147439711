# async def / await driven by hand with coro.send(None): awaitables, return values, exceptions.
class Suspend:
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        print("suspending", self.tag)
        value = yield self.tag
        print("resumed", self.tag, "with", value)
        return value
async def leaf(n):
    v = await Suspend(f"leaf{n}")
    return (n, v)
async def middle():
    a = await leaf(1)
    b = await leaf(2)
    return [a, b]
def run(coro):
    value = None
    step = 0
    while True:
        try:
            yielded = coro.send(value)
        except StopIteration as e:
            print("finished after", step, "steps:", e.value)
            return e.value
        step += 1
        print("driver saw", yielded)
        value = "v" + str(step)
run(middle())
async def plain():
    return 42
c = plain()
print(type(c).__name__, c.__name__, c.__qualname__, c.cr_running, c.cr_await)
try:
    c.send(None)
except StopIteration as e:
    print("immediate", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
async def failing():
    await Suspend("before fail")
    raise ValueError("async failure")
f = failing()
f.send(None)
try:
    f.send(None)
except ValueError as e:
    print(type(e).__name__, e)
async def catcher():
    try:
        await Suspend("in try")
    except KeyError as e:
        print("coroutine caught", repr(e))
        return "handled"
k = catcher()
k.send(None)
try:
    k.throw(KeyError("thrown in"))
except StopIteration as e:
    print("result", e.value)
async def closing():
    try:
        await Suspend("closing")
    finally:
        print("coroutine finally")
cl = closing()
cl.send(None)
cl.close()
class NotAwaitable:
    pass
async def bad_await():
    await NotAwaitable()
try:
    bad_await().send(None)
except TypeError as e:
    print(type(e).__name__, e)
async def await_coro_twice():
    inner = plain()
    r1 = await inner
    try:
        await inner
    except RuntimeError as e:
        return r1, str(e)
print(run(await_coro_twice()))
