import panic_guard as p

for _ in range(2):
    try:
        p.trigger()
    except SystemError as e:
        print("SystemError", e)
print(p.after(21), p.after("ab"))
