# Exceptions in and around generators: finally on exhaustion, exceptions propagating, context.
def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("finally ran")
for v in with_finally():
    print("loop", v)
wf = with_finally()
for v in wf:
    print("loop-break", v)
    break
print("after break, before close")
wf.close()
def raises_midway():
    yield 1
    raise ValueError("midway")
try:
    for v in raises_midway():
        print("got", v)
except ValueError as e:
    print(type(e).__name__, e)
def handler():
    while True:
        try:
            yield
        except KeyError as e:
            print("handled", e)
h = handler()
next(h)
h.throw(KeyError("a"))
h.throw(KeyError("b"))
try:
    h.throw(TypeError("c"))
except TypeError as e:
    print("escaped", e)
print(next(h, "closed"))
def context_gen():
    try:
        raise ValueError("original")
    except ValueError:
        yield "inside except"
        raise KeyError("new")
cg = context_gen()
print(next(cg))
try:
    next(cg)
except KeyError as e:
    print(repr(e), repr(e.__context__))
def throw_traceback():
    yield
tg = throw_traceback()
next(tg)
try:
    tg.throw(RuntimeError, RuntimeError("inst"))
except RuntimeError as e:
    print(repr(e))
def stop_in_gen():
    yield 1
    return
print(list(stop_in_gen()))
def generator_exit_base():
    try:
        yield
    except Exception:
        print("not caught: GeneratorExit is BaseException")
    finally:
        print("gen finally")
ge = generator_exit_base()
next(ge)
ge.close()
print(issubclass(GeneratorExit, Exception), issubclass(GeneratorExit, BaseException))
