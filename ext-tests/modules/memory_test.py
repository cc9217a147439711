import gc
import memory as m

print(m.allocators())
print(m.survives_python(lambda: [gc.collect() >= 0, len("x" * 1000)]))
print(m.init_object())
for _ in range(3):
    m.allocators()
print("stable")
