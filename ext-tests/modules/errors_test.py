import errors

def show(f, *args):
    try:
        r = f(*args)
        print("returned", r)
    except BaseException as e:
        print(type(e).__name__, e.args)

show(errors.raise_value, 1)
show(errors.raise_format, "k")
show(errors.raise_custom, ("a", 1))
show(errors.raise_custom, "msg")
print(errors.MyError.__mro__[:3], errors.MyError.__module__, errors.MyError.__doc__)
show(errors.null_without_error, 1)
show(errors.restore_type_and_string)
show(errors.no_memory)
show(errors.bad_argument)

def raises_key():
    raise KeyError("k")

def raises_zero():
    return 1 / 0

print(errors.catch_and_report(raises_key))
print(errors.catch_and_report(raises_zero))
print(errors.catch_and_report(lambda: "fine"))
show(errors.reraise, raises_zero)
print(errors.swallow(raises_key), errors.swallow(lambda: 5))
show(errors.swallow, lambda: errors.raise_value(0))
try:
    errors.reraise(lambda: errors.raise_custom("deep"))
except errors.MyError as e:
    print("caught MyError", e, isinstance(e, RuntimeError))
