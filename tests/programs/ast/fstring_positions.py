# f-string positions: CPython 3.11 gives parts the whole string's range, and
# a format spec (and its trailing literal) the range of its own f-string.
import ast
for s in ['f"{x:{y}}" "zz"', 'f"{x:a{y}b}" "zz"', 'f"{x:ab}" "zz"', 'f"{x:ab}{z:c}" "zz"', 'f"{x:{y}c}" "zz"', '"a" f"b{x:{y}}" f"c{z!s:d}"', 'f"{x=}"', 'f"{x=:>4}"', 'f"{x=!s}"', 'f"{ x = }"']:
    print(ast.dump(ast.parse(s), include_attributes=True))
