# atexit: callbacks run last-registered first at exit, with their
# arguments; unregister removes every registration of a function; an
# exception in a callback is reported and the others still run.
import atexit


def say(*args, **kwargs):
    print("say", args, sorted(kwargs.items()))


class Boom:
    def __call__(self):
        raise ValueError("boom in callback")

    def __repr__(self):
        return "<Boom>"


def gone():
    print("never printed")


base = atexit._ncallbacks()
print(atexit.register(say, 1) is say)
atexit.register(say, 2, key="v")
atexit.register(gone)
atexit.register(Boom())
atexit.register(gone)
atexit.register(say, 3)
print(atexit._ncallbacks() - base)
atexit.unregister(gone)
print(atexit._ncallbacks() - base)


@atexit.register
def decorated():
    print("decorated runs first")


for bad in [(), (5,)]:
    try:
        atexit.register(*bad)
    except TypeError as e:
        print(e)
print("main done")
