# Exception groups keep each leaf's traceback; iterate leaves with their frames; leaf_generator by hand.
def fail(kind):
    raise kind(f"{kind.__name__} raised")
def gather():
    excs = []
    for kind in (ValueError, TypeError, KeyError):
        try:
            fail(kind)
        except Exception as e:
            excs.append(e)
    return ExceptionGroup("gathered", excs)
def leaves(group, tbs=()):
    for e in group.exceptions:
        chain = tbs + (e.__traceback__,)
        if isinstance(e, BaseExceptionGroup):
            yield from leaves(e, chain)
        else:
            yield e, chain
try:
    raise ExceptionGroup("outer", [gather(), IndexError("direct")])
except ExceptionGroup as eg:
    for leaf, tbs in leaves(eg):
        names = []
        for tb in tbs:
            while tb is not None:
                names.append(tb.tb_frame.f_code.co_name)
                tb = tb.tb_next
        print(type(leaf).__name__, leaf, names)
    print(eg.__traceback__.tb_frame.f_code.co_name, len(eg.exceptions))
