import _opcode, dis, opcode
print(_opcode.stack_effect(opcode.opmap["POP_TOP"]), _opcode.stack_effect(opcode.opmap["BUILD_TUPLE"], 3))
print(dis.stack_effect(opcode.opmap["FOR_ITER"], 0), dis.stack_effect(opcode.opmap["FOR_ITER"], 0, jump=True), dis.stack_effect(opcode.opmap["FOR_ITER"], 0, jump=False))
effects = []
for name, op in sorted(opcode.opmap.items(), key=lambda x: x[1]):
    for arg in ([None] if op < opcode.HAVE_ARGUMENT else [0, 1, 2, 3, 4, 5, 256, 513]):
        for jump in (None, True, False):
            try:
                effects.append((name, arg, jump, _opcode.stack_effect(op, arg, jump=jump)))
            except ValueError as e:
                effects.append((name, arg, jump, str(e)))
print(len(effects))
for e in effects:
    print(*e)
for bad in [(opcode.opmap["POP_TOP"], 1), (opcode.opmap["BUILD_TUPLE"],), (255, 0)]:
    try:
        _opcode.stack_effect(*bad)
    except ValueError as e:
        print("ValueError", e)
print(_opcode.get_specialization_stats())
