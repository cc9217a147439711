import _testmultiphase as m
import importlib.util
print(m.__name__, sorted(n for n in dir(m) if not n.startswith("__")))
print(m.Example, m.int_const, m.str_const, m.error.__mro__[:2])
e = m.Example()
print(e.demo(), e.demo("x"))
print(m.foo(1, 2), m.call_state_registration_func(0) if False else "")
s = m.Str("abc"); print(s, type(s).__mro__[:2])


def load(name):
    spec = importlib.util.spec_from_file_location(name, m.__file__)
    try:
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        return mod
    except BaseException as ex:
        print(name, type(ex).__name__, str(ex).replace(m.__file__, "FILE"))


for name in ["_testmultiphase_nonmodule", "_testmultiphase_nonmodule_with_methods",
             "_testmultiphase_export_null", "_testmultiphase_export_raise",
             "_testmultiphase_export_unreported_exception", "_testmultiphase_create_null",
             "_testmultiphase_create_raise", "_testmultiphase_create_unreported_exception",
             "_testmultiphase_exec_err", "_testmultiphase_exec_raise",
             "_testmultiphase_exec_unreported_exception", "_testmultiphase_bad_slot_large",
             "_testmultiphase_bad_slot_negative", "_testmultiphase_negative_size",
             "_testmultiphase_null_slots", "_testmultiphase_create_int_with_state",
             "_test_module_state_shared"]:
    mod = load(name)
    if mod is not None:
        print(name, type(mod).__name__, sorted(n for n in dir(mod) if not n.startswith("__"))[:6])
ma = load("_testmultiphase_meth_state_access")
d = ma.StateAccessType()
print(d.get_defining_module() is ma, d.increment_count_clinic(), d.increment_count_clinic(n=2), d.get_count())
print(d.increment_count_noclinic(), d.increment_count_noclinic(3, twice=True), d.get_count())
