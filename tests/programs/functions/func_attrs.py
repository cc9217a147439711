# Function objects: attributes, __dict__, __name__/__qualname__, __module__, __doc__, __wrapped__-free introspection.
def outer(x: int, y: "str" = "d") -> list:
    """Outer's docstring."""
    def inner():
        "inner doc"
        return x
    return inner
i = outer(1)
print(outer.__name__, outer.__qualname__, i.__name__, i.__qualname__, outer.__module__, outer.__doc__, i.__doc__)
print(outer.__annotations__, outer.__defaults__, outer.__kwdefaults__, i.__defaults__, type(outer).__name__)
outer.custom = 42
print(outer.custom, outer.__dict__, "custom" in dir(outer))
outer.__name__ = "renamed"
outer.__qualname__ = "Q.renamed"
print(outer.__name__, outer.__qualname__, repr(outer).startswith("<function Q.renamed at"))
try:
    outer.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
def nodoc():
    pass
print(nodoc.__doc__, nodoc(), nodoc.__globals__ is globals(), nodoc.__builtins__ is not None if hasattr(nodoc, "__builtins__") else "n/a")
print(i.__closure__[0].cell_contents, len(i.__closure__), outer.__closure__, i.__code__.co_freevars, outer.__code__.co_cellvars)
class K:
    def method(self):
        pass
    class Inner:
        def deep(self):
            def deeper():
                pass
            return deeper
print(K.method.__qualname__, K.Inner.deep.__qualname__, K.Inner().deep().__qualname__, K.method.__name__)
lam = lambda: 0
print(lam.__name__, lam.__qualname__, (lambda: 0).__code__.co_name)
def with_defaults(a, b=[1], *, c={"k": 1}):
    pass
with_defaults.__defaults__ = (99,)
print(with_defaults.__defaults__, with_defaults.__kwdefaults__)
def uses_default(a, b=10):
    return a + b
uses_default.__defaults__ = (20,)
print(uses_default(1))
uses_default.__defaults__ = None
try:
    uses_default(1)
except TypeError as e:
    print(type(e).__name__, e)
print(callable(outer), callable(5), callable(K), callable(K()), callable(K().method))
try:
    del outer.__name__
except TypeError as e:
    print(type(e).__name__, e)
def g():
    return g.counter
g.counter = 7
print(g())
