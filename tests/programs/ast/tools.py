# ast.unparse, literal_eval, NodeVisitor/NodeTransformer, walk, get_docstring,
# get_source_segment, fix_missing_locations, increment_lineno, SyntaxError.
import ast

src = '''
def f(a, b=2, *args, c, **kw):
    """Doc string."""
    x = [i * 2 for i in range(10) if i % 3]
    y = {k: v for k, v in kw.items()}
    return f"{a!r:>{b}} {x}" + 'end'

class C(Base, metaclass=M):
    @property
    def p(self) -> int:
        return self._p if self._p is not None else -1
'''
tree = ast.parse(src)
print(ast.unparse(tree))
print(ast.get_docstring(tree.body[0]))
print(sorted({type(n).__name__ for n in ast.walk(tree)}))
print(ast.get_source_segment(src, tree.body[0].body[1]))


class Names(ast.NodeVisitor):
    def __init__(self):
        self.seen = []

    def visit_Name(self, node):
        self.seen.append((node.id, type(node.ctx).__name__, node.lineno, node.col_offset))


v = Names()
v.visit(tree)
print(v.seen)


class Double(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int):
            return ast.copy_location(ast.Constant(node.value * 2), node)
        return node


t2 = Double().visit(ast.parse('x = 1 + 2 * y'))
print(ast.unparse(t2))
t3 = ast.fix_missing_locations(ast.Module([ast.Expr(ast.Name('q', ast.Load()))], []))
print(ast.dump(t3, include_attributes=True))
ast.increment_lineno(t3, 3)
print(t3.body[0].lineno, t3.body[0].value.end_lineno)

for s in ["{'a': (1, 2.5, -3j), 'b': [None, True], 'c': {1, 2}}", "b'x'", "-(1)", "1+2j", "()"]:
    print(repr(ast.literal_eval(s)))
for bad in ["f()", "1 +", "[x]"]:
    try:
        ast.literal_eval(bad)
    except (ValueError, SyntaxError) as e:
        print(type(e).__name__, str(e).split(' at 0x')[0])
try:
    ast.parse('def f(:\n  pass', 'mod.py')
except SyntaxError as e:
    print(e.filename, e.lineno, e.msg)
print(ast.dump(ast.parse('return 1\nnonlocal x\nfrom __future__ import nope')))
