# types.SimpleNamespace's __dict__ and recursive repr; unpacking a GenericAlias (*tuple[int]).
import types
from typing import Generic, Tuple, TypeVarTuple

ns = types.SimpleNamespace(a=1, b=2)
print(ns.__dict__, vars(ns), type(ns.__dict__).__name__)
ns.__dict__["c"] = 3
print(ns.c, ns)
ns1 = types.SimpleNamespace(c="cookie")
ns1.spam = ns1
ns2 = types.SimpleNamespace()
ns3 = types.SimpleNamespace(x=1)
ns2.spam = ns3
ns3.spam = ns2
print(repr(ns1), repr(ns2))


class Sub(types.SimpleNamespace):
    pass


s = Sub(q=1)
s.me = s
print(repr(s), s.__dict__.keys())

Ts = TypeVarTuple("Ts")
alias = tuple[int, str]
items = [*alias]
print(len(items), items, items[0].__unpacked__, alias.__unpacked__)
print(list(iter(tuple[*Ts])), [*tuple[*Ts]][0].__args__)


class C(Generic[*Ts]):
    pass


print(C[*tuple[int, str]], C[*Ts][int, str], tuple[*Ts][*tuple[int]] if False else "skipped")
print(Tuple[*Ts][*tuple[int, str]])
