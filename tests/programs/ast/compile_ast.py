# compile() of AST objects: whole programs, eval trees, transformed trees,
# synthesized trees with fix_missing_locations, and the errors for bad trees.
import ast
src = '''
import os
from os.path import *
def f(a, b=2, *args, c, d=4, **kw):
    """doc"""
    x = [i * 2 for i in range(a) if i % 2]
    y = {k: v for k, v in kw.items()}
    z = f"{a!r:>{b}} {x}" + 'end'
    try:
        1/0
    except ZeroDivisionError as e:
        w = str(e)
    else:
        w = None
    finally:
        pass
    with open(__file__) as fh:
        n = len(fh.readline()) > 0
    match (a, b):
        case (1, 2) | (2, 1): m = 'x'
        case {'k': v, **rest}: m = v
        case [p, *q]: m = p
        case int(real=r): m = r
        case None: m = 0
        case _: m = -1
    lam = lambda q, *r, s=1, **t: (q, r, s, t)
    g = (i for i in range(3))
    return x, y, z, w, n, m, lam(1, 2), list(g), a if a else b, -5, 2**100, 1.5, 2j, b"x", ..., None, True

class C(object, metaclass=type):
    attr: int = 3
    @staticmethod
    def s(): return 7
print(f(3, c=1, e=5))
print(C.s(), C.attr)
for i in range(2):
    if i: print('one')
    elif i == 0: print('zero')
    else: pass
else:
    print('done')
while False: break
global q
del i
assert True, 'm'
async def co():
    async with a as b: await b
    async for x in y: pass
print(__name__)
'''
tree = ast.parse(src)
code = compile(tree, '<ast>', 'exec')
exec(code, {'__name__': 'mod', '__file__': __file__})
print(eval(compile(ast.parse('1 + 2 * 3', mode='eval'), '<e>', 'eval')))
t = ast.Module([ast.Expr(ast.Call(ast.Name('print', ast.Load()), [ast.Constant('hi')], []))], [])
ast.fix_missing_locations(t)
exec(compile(t, 'x', 'exec'))
def err(tree, mode='exec'):
    try:
        compile(tree, '<t>', mode)
    except Exception as e:
        print(type(e).__name__, e)
err(ast.Module([ast.Expr(ast.Name('x', ast.Load()))], []))
err(ast.Module([ast.Expr(ast.Name('x', ast.Load(), lineno=1, col_offset=0))], None))
err(ast.Module([ast.Pass(lineno=1, col_offset=0, end_lineno=1, end_col_offset=4)], []), 'eval')
err(ast.Expression(ast.Pass()), 'eval')
err(ast.Expression(ast.Constant([1], lineno=1, col_offset=0)), 'eval')
err(ast.Expression(ast.Name(1, ast.Load(), lineno=1, col_offset=0)), 'eval')
err(ast.Expression(ast.Name('True', ast.Load(), lineno=1, col_offset=0)), 'eval')
err(ast.fix_missing_locations(ast.Module([ast.FunctionDef('f', ast.arguments([], [], None, [], [], None, []), [], [])], [])))
err(ast.fix_missing_locations(ast.Module([ast.Assign([], ast.Constant(1))], [])))
t = ast.parse('def f():\n    x = 1\n    return y\n')
c = compile(t, 'file.py', 'exec')
ns = {}
exec(c, ns)
try:
    ns['f']()
except NameError as e:
    import traceback
    print(e, e.__traceback__.tb_next.tb_lineno)
class T(ast.NodeTransformer):
    def visit_BinOp(self, node):
        self.generic_visit(node)
        if isinstance(node.op, ast.Add):
            node.op = ast.Mult()
        return node
t = T().visit(ast.parse('print(3 + 4, -7, 10**30, -2.5)'))
exec(compile(t, 't', 'exec'))
