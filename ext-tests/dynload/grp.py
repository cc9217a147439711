import grp
g = grp.getgrgid(0)
print(g.gr_name, g[0], g.gr_gid, g[2], type(g).__name__, type(g).__module__, len(g), isinstance(g, tuple))
print(g == grp.getgrnam(g.gr_name))
try:
    grp.getgrgid(2 ** 31 - 2)
except KeyError as e:
    print("KeyError", e)
try:
    grp.getgrnam("no such group really")
except KeyError as e:
    print("KeyError", e)
