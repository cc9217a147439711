# Equivalent control flow with if/elif chains, dict dispatch, and match, giving the same results.
def by_if(cmd):
    if cmd == "start":
        return 1
    elif cmd in ("stop", "halt"):
        return 0
    elif cmd.startswith("set "):
        return int(cmd[4:])
    else:
        return None
dispatch = {"start": lambda c: 1, "stop": lambda c: 0, "halt": lambda c: 0}
def by_dict(cmd):
    if cmd in dispatch:
        return dispatch[cmd](cmd)
    if cmd.startswith("set "):
        return int(cmd[4:])
    return None
def by_match(cmd):
    match cmd.split():
        case ["start"]:
            return 1
        case ["stop" | "halt"]:
            return 0
        case ["set", value]:
            return int(value)
        case _:
            return None
cmds = ["start", "stop", "halt", "set 42", "jump", "set -1"]
for c in cmds:
    print(repr(c), by_if(c), by_dict(c), by_match(c))
print(all(by_if(c) == by_dict(c) == by_match(c) for c in cmds))
