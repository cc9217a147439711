/* oxpy cpyext: CPython 3.11's bytecode stack effects
 * (PyCompile_OpcodeStackEffect[WithJump]), which `_opcode.stack_effect`
 * and so `dis.stack_effect` report. They describe CPython's instruction
 * set (Include/opcode.h), not oxpy's own bytecode. */

#include <Python.h>
#include <opcode.h>

/* FORMAT_VALUE's oparg: bit 2 set when a format spec is on the stack. */
#define HAVE_FORMAT_SPEC 0x4

/* jump: 1 = the jump is taken, 0 = it is not, -1 = the larger of both. */
static int
effect(int opcode, int oparg, int jump)
{
    switch (opcode) {
    case NOP: case EXTENDED_ARG: case RESUME: case CACHE:
    case SWAP:
    case UNARY_POSITIVE: case UNARY_NEGATIVE: case UNARY_NOT: case UNARY_INVERT:
    case GET_ITER: case SETUP_ANNOTATIONS: case ASYNC_GEN_WRAP: case YIELD_VALUE:
    case DELETE_NAME: case DELETE_GLOBAL: case LOAD_ATTR: case CHECK_EXC_MATCH:
    case CHECK_EG_MATCH: case JUMP_FORWARD: case JUMP_BACKWARD:
    case JUMP_BACKWARD_NO_INTERRUPT: case DELETE_FAST: case RETURN_GENERATOR:
    case KW_NAMES: case MAKE_CELL: case COPY_FREE_VARS: case DELETE_DEREF:
    case GET_AWAITABLE: case GET_AITER: case GET_YIELD_FROM_ITER:
    case LIST_TO_TUPLE:
        return 0;
    case POP_TOP: case SET_ADD: case LIST_APPEND: case BINARY_SUBSCR:
    case PRINT_EXPR: case RETURN_VALUE: case IMPORT_STAR: case POP_EXCEPT:
    case STORE_NAME: case DELETE_ATTR: case STORE_GLOBAL: case COMPARE_OP:
    case IS_OP: case CONTAINS_OP: case IMPORT_NAME:
    case POP_JUMP_FORWARD_IF_FALSE: case POP_JUMP_FORWARD_IF_TRUE:
    case POP_JUMP_BACKWARD_IF_FALSE: case POP_JUMP_BACKWARD_IF_TRUE:
    case POP_JUMP_FORWARD_IF_NONE: case POP_JUMP_FORWARD_IF_NOT_NONE:
    case POP_JUMP_BACKWARD_IF_NONE: case POP_JUMP_BACKWARD_IF_NOT_NONE:
    case PREP_RERAISE_STAR: case RERAISE: case STORE_FAST: case CALL:
    case STORE_DEREF: case LIST_EXTEND: case SET_UPDATE: case DICT_MERGE:
    case DICT_UPDATE: case BINARY_OP:
        return -1;
    case MAP_ADD: case DELETE_SUBSCR: case STORE_ATTR: case END_ASYNC_FOR:
    case MATCH_CLASS:
        return -2;
    case STORE_SUBSCR:
        return -3;
    case LOAD_BUILD_CLASS: case LOAD_CONST: case LOAD_NAME: case IMPORT_FROM:
    case PUSH_EXC_INFO: case WITH_EXCEPT_START: case LOAD_FAST:
    case LOAD_CLOSURE: case LOAD_DEREF: case LOAD_CLASSDEREF:
    case BEFORE_ASYNC_WITH: case BEFORE_WITH: case GET_ANEXT: case LOAD_METHOD:
    case LOAD_ASSERTION_ERROR: case GET_LEN: case MATCH_MAPPING:
    case MATCH_SEQUENCE: case MATCH_KEYS: case COPY: case PUSH_NULL:
        return 1;
    case UNPACK_SEQUENCE:
        return oparg - 1;
    case UNPACK_EX:
        return (oparg & 0xFF) + (oparg >> 8);
    case FOR_ITER:
        /* Exhausted: the iterator is popped; otherwise the value is pushed. */
        return jump > 0 ? -1 : 1;
    case SEND:
        return jump > 0 ? -1 : 0;
    case BUILD_TUPLE: case BUILD_LIST: case BUILD_SET: case BUILD_STRING:
        return 1 - oparg;
    case BUILD_MAP:
        return 1 - 2 * oparg;
    case BUILD_CONST_KEY_MAP:
        return -oparg;
    case JUMP_IF_TRUE_OR_POP: case JUMP_IF_FALSE_OR_POP:
        return jump ? 0 : -1;
    case LOAD_GLOBAL:
        return (oparg & 1) + 1;
    case RAISE_VARARGS: case PRECALL:
        return -oparg;
    case CALL_FUNCTION_EX:
        return -2 - ((oparg & 0x01) != 0);
    case MAKE_FUNCTION:
        return -((oparg & 0x01) != 0) - ((oparg & 0x02) != 0)
               - ((oparg & 0x04) != 0) - ((oparg & 0x08) != 0);
    case BUILD_SLICE:
        return oparg == 3 ? -2 : -1;
    case FORMAT_VALUE:
        return (oparg & HAVE_FORMAT_SPEC) ? -1 : 0;
    default:
        return PY_INVALID_STACK_EFFECT;
    }
}

int
PyCompile_OpcodeStackEffectWithJump(int opcode, int oparg, int jump)
{
    return effect(opcode, oparg, jump);
}

int
PyCompile_OpcodeStackEffect(int opcode, int oparg)
{
    return effect(opcode, oparg, -1);
}
