import importlib.util
import sys
import module_multiphase as m

print(type(m).__name__, m.__name__, m.__doc__)
print(m.created_by, m.first_ran, m.second_saw_first, m.ANSWER, m.GREETING, m.obj, m.registry, m.bool is bool)
print(m.bump(), m.bump())
print(m.introspect())
print(m.find_self())
print(m.__spec__.name, m.__spec__.origin.endswith(".so"), m.__file__ == m.__spec__.origin)
print(sorted(k for k in vars(m) if not k.startswith("__")))
spec = importlib.util.find_spec("module_multiphase")
fresh = importlib.util.module_from_spec(spec)
print(fresh is m, fresh.__name__, hasattr(fresh, "first_ran"))
spec.loader.exec_module(fresh)
print(fresh.first_ran, fresh.bump(), m.bump())
print(fresh.registry is m.registry)
