# A resource-pool pattern with with-statements: acquisition, release on every exit path, and reentrancy.
class Pool:
    def __init__(self, size):
        self.free = list(range(size))
        self.log = []
    def acquire(self):
        pool = self
        class Lease:
            def __enter__(self):
                if not pool.free:
                    raise RuntimeError("pool exhausted")
                self.item = pool.free.pop(0)
                pool.log.append(f"acquire {self.item}")
                return self.item
            def __exit__(self, et, ev, tb):
                pool.free.append(self.item)
                pool.log.append(f"release {self.item} ({et.__name__ if et else 'ok'})")
        return Lease()
p = Pool(2)
with p.acquire() as a:
    with p.acquire() as b:
        try:
            with p.acquire() as c:
                pass
        except RuntimeError as e:
            print("third:", e)
        print("holding", a, b)
print(p.log, p.free)
def use(pool, fail):
    with pool.acquire() as item:
        if fail:
            raise ValueError(f"failed with {item}")
        return f"used {item}"
print(use(p, False))
try:
    use(p, True)
except ValueError as e:
    print(e)
for i in range(3):
    with p.acquire() as item:
        if i == 1:
            continue
        print("loop item", item)
print(p.log[-6:], sorted(p.free))
