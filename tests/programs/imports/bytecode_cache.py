# Compiled modules are cached in __pycache__ (PEP 3147) and the cache follows the source.
import sys
import os
import marshal
import importlib
import importlib.util

tag = sys.implementation.cache_tag
root = "/tmp/bytecode_cache_test_%d" % os.getpid()
os.makedirs(root)
sys.path.insert(0, root)


def write(name, text):
    with open(os.path.join(root, name), "w") as f:
        f.write(text)


def cached():
    d = os.path.join(root, "__pycache__")
    return sorted(n.replace(tag, "TAG") for n in os.listdir(d)) if os.path.isdir(d) else []


try:
    sys.dont_write_bytecode = True
    write("nocache.py", "V = 'not cached'\n")
    import nocache
    print(nocache.V, cached(), nocache.__cached__.replace(tag, "TAG").split("/")[-1])

    sys.dont_write_bytecode = False
    write("cached_mod.py", "V = 1\ndef f(x, *a, k=2, **kw):\n    return [i * V for i in range(x)], a, k, kw\n")
    import cached_mod
    print(cached_mod.V, cached_mod.f(3, 4, k=5, z=6), cached())
    pyc = importlib.util.cache_from_source(cached_mod.__file__)
    print(pyc == cached_mod.__cached__, os.path.exists(pyc))
    with open(pyc, "rb") as f:
        data = f.read()
    print(data[:4] == importlib.util.MAGIC_NUMBER, int.from_bytes(data[4:8], "little"))
    st = os.stat(cached_mod.__file__)
    print(int.from_bytes(data[8:12], "little") == int(st.st_mtime), int.from_bytes(data[12:16], "little") == st.st_size)
    code = marshal.loads(data[16:])
    print(type(code).__name__, code.co_name, code.co_filename == cached_mod.__file__)
    ns = {}
    exec(code, ns)
    print(ns["V"], ns["f"](2))

    # Loading from the cache gives the same module.
    del sys.modules["cached_mod"]
    import cached_mod as again
    print(again.f(2), again.__doc__)

    # A changed source (here its size) invalidates the cache.
    write("cached_mod.py", '"""now documented"""\nV = 10\ndef f(x):\n    return x * V\n')
    del sys.modules["cached_mod"]
    importlib.invalidate_caches()
    import cached_mod as changed
    print(changed.V, changed.f(3), changed.__doc__)

    # A corrupt cache file is ignored and rewritten.
    with open(pyc, "wb") as f:
        f.write(b"garbage that is not a pyc file")
    del sys.modules["cached_mod"]
    import cached_mod as fixed
    print(fixed.V)
    with open(pyc, "rb") as f:
        print(f.read(4) == importlib.util.MAGIC_NUMBER)

    # A cache without its source is not imported (sourceless imports need a .pyc beside the source path).
    os.remove(os.path.join(root, "cached_mod.py"))
    del sys.modules["cached_mod"]
    importlib.invalidate_caches()
    try:
        import cached_mod
    except ModuleNotFoundError as e:
        print(type(e).__name__, e)

    # Code objects survive marshal with all their parts.
    src = "def g(a, b=3, /, c=4, *, d):\n    def inner():\n        return a + d\n    return inner() + b + c\nr = g(1, d=2)\nfs = frozenset({1})\nc = 2j\nbig = 10**30\n"
    code = compile(src, "<marshal>", "exec")
    back = marshal.loads(marshal.dumps(code))
    ns = {}
    exec(back, ns)
    print(ns["r"], ns["fs"], ns["c"], ns["big"], back.co_filename, len(back.co_consts) == len(code.co_consts))
    print(ns["g"].__code__.co_varnames, ns["g"].__code__.co_posonlyargcount, ns["g"].__code__.co_kwonlyargcount)
finally:
    for dirpath, dirnames, filenames in os.walk(root, topdown=False):
        for n in filenames:
            os.remove(os.path.join(dirpath, n))
        for n in dirnames:
            os.rmdir(os.path.join(dirpath, n))
    os.rmdir(root)
