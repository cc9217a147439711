# from module import * with and without __all__, and star-import from a package.
from _support.star_mod import *
print(public_a, _listed_private)
try:
    public_b
except NameError as e:
    print(type(e).__name__, e)
from _support.star_noall import *
print(visible)
try:
    _hidden
except NameError as e:
    print(type(e).__name__, e)
from _support.starpkg import *
print(one.ONE, two.TWO)
try:
    exec("def f():\n    from _support.star_mod import *\n")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
ns = {}
exec("from _support.star_mod import *", ns)
print(sorted(k for k in ns if k != "__builtins__"))
