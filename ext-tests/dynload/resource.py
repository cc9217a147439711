import resource
soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
print(soft > 0, hard >= soft, resource.RLIMIT_NOFILE)
r = resource.getrusage(resource.RUSAGE_SELF)
print(type(r).__name__, type(r).__module__, len(r), r.ru_maxrss > 0, r[2] == r.ru_maxrss)
print(resource.getpagesize() > 0)
try:
    resource.getrlimit(-5)
except ValueError as e:
    print("ValueError", e)
