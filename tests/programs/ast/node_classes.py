# The _ast node classes: hierarchy, _fields, _attributes, docs, defaults,
# constructor semantics and error messages, __reduce__ and copying.
import _ast
import ast
import copy

names = sorted(n for n in dir(_ast) if isinstance(getattr(_ast, n), type) and issubclass(getattr(_ast, n), _ast.AST))
print(len(names))
for n in names:
    c = getattr(_ast, n)
    print(n, c.__bases__[0].__name__, c._fields, c.__match_args__, c.__module__,
          getattr(c, '_attributes', None))
    print('  ', repr(c.__doc__))
    print('  ', sorted(k for k, v in vars(c).items() if v is None))
print(_ast.PyCF_ONLY_AST, _ast.PyCF_TYPE_COMMENTS, _ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
print(ast.AST._fields, ast.AST._attributes, ast.AST.__module__, ast.AST.__doc__)

n = ast.BinOp(ast.Constant(1), ast.Add(), right=ast.Constant(2))
print(ast.dump(n))
print(n.__reduce__()[0] is ast.BinOp, n.__reduce__()[1], sorted(n.__reduce__()[2]))
print(ast.dump(copy.deepcopy(n)), ast.dump(copy.copy(n)))
print(ast.Name('x').id, ast.Name().__dict__, ast.FunctionDef().returns, ast.expr().end_lineno)
print(ast.Name(id='x', foo=3).foo)
for make in [lambda: ast.BinOp(1, 2, 3, 4), lambda: ast.BinOp(1, left=2),
             lambda: ast.AST(1), lambda: ast.Load(1), lambda: ast.Name(1, 2, 3),
             lambda: ast.keyword(1, 2, 3), lambda: ast.Constant().value]:
    try:
        make()
    except Exception as e:
        print(type(e).__name__, e)
print(ast.parse('x').body[0].value.ctx is ast.parse('y').body[0].value.ctx)
print(ast.parse('a + b').body[0].value.op is ast.parse('c + d').body[0].value.op)


class Sub(ast.Name):
    _fields = ('id', 'ctx', 'extra')


print(ast.dump(Sub('a', ast.Load(), 5)))
match ast.parse('f(1)').body[0].value:
    case ast.Call(ast.Name(fn), [ast.Constant(v)]):
        print('matched', fn, v)
print(isinstance(ast.Num(1), ast.Constant), ast.Num(1).n, ast.Str('s').s)
