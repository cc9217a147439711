import sys
import import_eval as ie

def show(label, fn):
    try:
        print(label, "->", fn())
    except BaseException as e:
        print(label, "->", type(e).__name__, e)

show("import", lambda: ie.import_name("json.decoder"))
show("import missing", lambda: ie.import_name("no_such_module_abc"))
show("level 0", lambda: ie.import_level("os.path", 0))
show("level 0 fromlist", lambda: ie.import_level("os.path", 0, ("join",)))
show("relative outside package", lambda: ie.import_level("x", 1))
show("import object", lambda: ie.import_object("collections").__name__)
show("import object bad", lambda: ie.import_object(5))
show("module dict", lambda: (ie.module_dict("sys"), ie.module_dict("not_loaded_xyz")))
m, same = ie.add_module("made_in_c")
show("add module", lambda: (type(m).__name__, m.__name__, same, sys.modules["made_in_c"] is m))
mod = ie.exec_code_module("from_source", "x = 40 + 2\ndef f():\n    return x\n")
show("exec code module", lambda: (mod.x, mod.f(), mod.__name__, sys.modules["from_source"] is mod))
show("exec code error", lambda: ie.exec_code_module("broken_src", "1/0"))
show("broken removed", lambda: "broken_src" in sys.modules)
show("syntax error", lambda: ie.exec_code_module("bad_syntax", "def ("))
def inner():
    local_marker = "in inner"
    return ie.eval_context()
show("eval context", inner)
g = {"a": 5}
show("run eval", lambda: ie.run_string("a * 2", ie.eval_input, g))
show("run file", lambda: (ie.run_string("b = a + 1", ie.file_input, g), g["b"]))
show("run error", lambda: ie.run_string("undefined_name", ie.eval_input, g))
show("sys objects", lambda: ie.sys_objects([1]))
print(sys.oxpy_test_attr)
