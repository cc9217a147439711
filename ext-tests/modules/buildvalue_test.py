import buildvalue as b

def show(f, *args):
    try:
        print(f.__name__, "->", f(*args))
    except BaseException as e:
        print(f.__name__, "->", type(e).__name__, e)

show(b.strings)
show(b.null_strings)
show(b.integers)
show(b.chars_floats)
show(b.objects, "obj")
show(b.objects, b"bytes")
show(b.containers)
show(b.shapes)
show(b.null_object)
show(b.null_object_with_error)
show(b.bad_unit)
show(b.unhashable_key)
show(b.bad_utf8)
show(b.refcounts)
show(b.via_va)
