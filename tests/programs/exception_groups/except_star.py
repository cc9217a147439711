try:
    raise ExceptionGroup("many", [ValueError("a"), TypeError("b"), ValueError("c")])
except* ValueError as eg:
    print("values", [str(e) for e in eg.exceptions])
except* TypeError as eg:
    print("types", [str(e) for e in eg.exceptions])
eg = ExceptionGroup("grp", [ValueError(1), KeyError(2)])
print(eg, eg.message, len(eg.exceptions), repr(eg))
match, rest = eg.split(ValueError)
print(match, rest)
