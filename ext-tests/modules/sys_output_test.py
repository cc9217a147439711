import io
import sys
import sys_output as s

saved = sys.stdout, sys.stderr
sys.stdout, sys.stderr = io.StringIO(), io.StringIO()
s.write_both(4, "captured")
s.format_stdout("\u20ac")
out, err = sys.stdout.getvalue(), sys.stderr.getvalue()
sys.stdout, sys.stderr = saved
print(repr(out), repr(err))
sys.stderr = io.StringIO()
s.write_both(5, "stderr captured only")
captured = sys.stderr.getvalue()
sys.stderr = saved[1]
print(repr(captured))
buf = io.StringIO()
s.file_write(buf, "text")
s.file_write(buf, [1, "x"])
print(repr(buf.getvalue()))
try:
    s.file_write(5, "x")
except AttributeError as e:
    print("AttributeError", e)
s.print_to_stdout("printed")
s.print_to_stdout([1, "\u00e9"])
events = []
def hook(event, args):
    if event.startswith("exttest."):
        events.append((event, args))
sys.addaudithook(hook)
s.audit("payload")
print(events)
