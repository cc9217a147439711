# Deeply nested blocks: loops in try in with in functions in classes, each level altering flow.
class CM:
    depth = 0
    def __enter__(self):
        CM.depth += 1
        return CM.depth
    def __exit__(self, *a):
        CM.depth -= 1
class Runner:
    def run(self, n):
        out = []
        with CM() as d1:
            for i in range(n):
                try:
                    with CM() as d2:
                        while True:
                            if i % 2:
                                out.append(("odd", i, d1, d2))
                                break
                            for j in range(3):
                                if j == 1:
                                    continue
                                if j == 2:
                                    raise KeyError(i)
                                out.append(("even", i, j))
                except KeyError as e:
                    out.append(("caught", e.args[0], CM.depth))
                else:
                    out.append(("else", i))
                finally:
                    out.append(("finally", i))
        return out, CM.depth
for item in Runner().run(4)[0]:
    print(item)
print(Runner().run(0))
def recurse_with_flow(n):
    if n == 0:
        return []
    res = []
    for k in range(n):
        if k == n - 1:
            res.extend(recurse_with_flow(n - 1))
            break
        res.append(n)
    return res
print(recurse_with_flow(4))
