# An uncaught ExceptionGroup prints the nested group traceback layout.
def fail(n):
    raise ValueError(f"failure {n}")
def collect():
    errors = []
    for i in range(2):
        try:
            fail(i)
        except ValueError as e:
            errors.append(e)
    errors.append(ExceptionGroup("inner group", [TypeError("t"), KeyError("k")]))
    raise ExceptionGroup("several things failed", errors)
print("starting")
collect()
