# async with: exceptions in __aenter__, __aexit__ suppression/replacement, and flow control through async with.
class Tick:
    def __await__(self):
        yield
class ACM:
    def __init__(self, name, fail_enter=False, suppress=False, raise_in_exit=False):
        self.name, self.fail_enter, self.suppress, self.raise_in_exit = name, fail_enter, suppress, raise_in_exit
    async def __aenter__(self):
        await Tick()
        if self.fail_enter:
            raise RuntimeError(f"{self.name} enter failed")
        print("aenter", self.name)
        return self
    async def __aexit__(self, et, ev, tb):
        await Tick()
        print("aexit", self.name, et.__name__ if et else None)
        if self.raise_in_exit:
            raise KeyError(f"{self.name} exit error")
        return self.suppress
def run(c):
    while True:
        try:
            c.send(None)
        except StopIteration as e:
            return e.value
async def main():
    log = []
    try:
        async with ACM("a"), ACM("b", fail_enter=True):
            log.append("not reached")
    except RuntimeError as e:
        log.append(str(e))
    async with ACM("c", suppress=True):
        raise ValueError("suppressed")
    try:
        async with ACM("d", raise_in_exit=True):
            raise ValueError("original")
    except KeyError as e:
        log.append(f"{e!r} context={e.__context__!r}")
    for i in range(3):
        async with ACM(f"loop{i}"):
            if i == 1:
                continue
            if i == 2:
                break
    async with ACM("ret"):
        return log
print(run(main()))
class SyncOnly:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        pass
async def wrong_kind():
    async with SyncOnly():
        pass
try:
    run(wrong_kind())
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
