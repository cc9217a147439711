//! Syntax errors carry CPython 3.11's message, exception class and location
//! (the table was recorded by running each snippet through CPython 3.11's
//! `compile()`; CPython's end offset -1 is reported as 0).

use oxpy_compiler::{compile_source, CompileOptions, Mode, SyntaxErrorKind as K};

const CASES: &[(&str, K, &str, u32, u32, u32, u32)] = &[
    ("1 = x", K::SyntaxError, "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1, 1, 2),
    ("f() = 1", K::SyntaxError, "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1, 1, 4),
    ("x + 1 = 2", K::SyntaxError, "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1, 1, 1, 6),
    ("del f()", K::SyntaxError, "cannot delete function call", 1, 5, 1, 8),
    ("(a, 1) = 2", K::SyntaxError, "cannot assign to literal", 1, 5, 1, 6),
    ("[a, b()] = c", K::SyntaxError, "cannot assign to function call", 1, 5, 1, 8),
    ("x += 1 = 2", K::SyntaxError, "invalid syntax", 1, 8, 1, 9),
    ("None = 1", K::SyntaxError, "cannot assign to None", 1, 1, 1, 5),
    ("True = 1", K::SyntaxError, "cannot assign to True", 1, 1, 1, 5),
    ("a.b += 1\n(a, b) += 1", K::SyntaxError, "'tuple' is an illegal expression for augmented assignment", 2, 1, 2, 7),
    ("def f():\nprint('x')", K::IndentationError, "expected an indented block after function definition on line 1", 2, 1, 2, 6),
    ("if x:\npass", K::IndentationError, "expected an indented block after 'if' statement on line 1", 2, 1, 2, 5),
    ("for x in y:\npass", K::IndentationError, "expected an indented block after 'for' statement on line 1", 2, 1, 2, 5),
    ("while x:\npass", K::IndentationError, "expected an indented block after 'while' statement on line 1", 2, 1, 2, 5),
    ("class C:\npass", K::IndentationError, "expected an indented block after class definition on line 1", 2, 1, 2, 5),
    ("try:\npass", K::IndentationError, "expected an indented block after 'try' statement on line 1", 2, 1, 2, 5),
    ("with a:\npass", K::IndentationError, "expected an indented block after 'with' statement on line 1", 2, 1, 2, 5),
    ("try:\n  pass\nexcept:\npass", K::IndentationError, "expected an indented block after 'except' statement on line 3", 4, 1, 4, 5),
    ("x = (1, 2\nprint(x)", K::SyntaxError, "'(' was never closed", 1, 5, 1, 0),
    ("x = [1, 2\n", K::SyntaxError, "'[' was never closed", 1, 5, 1, 0),
    ("x = {1: 2\n", K::SyntaxError, "'{' was never closed", 1, 5, 1, 0),
    ("f(a, b", K::SyntaxError, "'(' was never closed", 1, 2, 1, 0),
    ("x = 1)", K::SyntaxError, "unmatched ')'", 1, 6, 1, 6),
    ("x = ]", K::SyntaxError, "unmatched ']'", 1, 5, 1, 5),
    ("x = (1, 2]", K::SyntaxError, "closing parenthesis ']' does not match opening parenthesis '('", 1, 10, 1, 10),
    ("if True\n    pass", K::SyntaxError, "expected ':'", 1, 8, 1, 8),
    ("def f()\n  pass", K::SyntaxError, "expected ':'", 1, 8, 1, 8),
    ("class C\n  pass", K::SyntaxError, "expected ':'", 1, 8, 1, 8),
    ("for x in y\n  pass", K::SyntaxError, "expected ':'", 1, 11, 1, 11),
    ("while 1\n  pass", K::SyntaxError, "expected ':'", 1, 8, 1, 8),
    ("else:\n  pass", K::SyntaxError, "invalid syntax", 1, 1, 1, 5),
    ("  x = 1", K::IndentationError, "unexpected indent", 1, 2, 1, 0),
    ("if 1:\n    x = 1\n  y = 2", K::IndentationError, "unindent does not match any outer indentation level", 3, 8, 3, 0),
    ("x = 'abc", K::SyntaxError, "unterminated string literal (detected at line 1)", 1, 5, 1, 5),
    ("x = \"abc\ny = 1", K::SyntaxError, "unterminated string literal (detected at line 1)", 1, 5, 1, 5),
    ("x = '''abc\n\n", K::SyntaxError, "unterminated triple-quoted string literal (detected at line 2)", 1, 5, 1, 5),
    ("print 'hello'", K::SyntaxError, "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1, 1, 14),
    ("print x", K::SyntaxError, "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1, 1, 8),
    ("x = 1 +", K::SyntaxError, "invalid syntax", 1, 8, 1, 8),
    ("def f(a, a): pass", K::SyntaxError, "duplicate argument 'a' in function definition", 1, 10, 1, 11),
    ("def f():\n  x = 1\n  global x", K::SyntaxError, "name 'x' is assigned to before global declaration", 3, 3, 3, 11),
    ("def f():\n  global x\n  x = 1\nnonlocal y", K::SyntaxError, "nonlocal declaration not allowed at module level", 4, 1, 4, 11),
    ("def f():\n  nonlocal y", K::SyntaxError, "no binding for nonlocal 'y' found", 2, 3, 2, 13),
    ("return 1", K::SyntaxError, "'return' outside function", 1, 1, 1, 9),
    ("break", K::SyntaxError, "'break' outside loop", 1, 1, 1, 6),
    ("continue", K::SyntaxError, "'continue' not properly in loop", 1, 1, 1, 9),
    ("yield 1", K::SyntaxError, "'yield' outside function", 1, 1, 1, 8),
    ("await x", K::SyntaxError, "'await' outside function", 1, 1, 1, 8),
    ("async def f():\n  yield from x", K::SyntaxError, "'yield from' inside async function", 2, 3, 2, 15),
    ("def f():\n  class C:\n    return 1", K::SyntaxError, "'return' outside function", 3, 5, 3, 13),
    ("x = yield", K::SyntaxError, "'yield' outside function", 1, 5, 1, 10),
    ("for x in y:\n  def f():\n    break", K::SyntaxError, "'break' outside loop", 3, 5, 3, 10),
    ("f(x for x in y, 1)", K::SyntaxError, "Generator expression must be parenthesized", 1, 3, 1, 15),
    ("f(**a, *b)", K::SyntaxError, "iterable argument unpacking follows keyword argument unpacking", 1, 8, 1, 9),
    ("f(a=1, b)", K::SyntaxError, "positional argument follows keyword argument", 1, 9, 1, 10),
    ("f(a=1, a=2)", K::SyntaxError, "keyword argument repeated: a", 1, 8, 1, 11),
    ("def f(*): pass", K::SyntaxError, "named arguments must follow bare *", 1, 7, 1, 8),
    ("def f(a=1, b): pass", K::SyntaxError, "non-default argument follows default argument", 1, 12, 1, 13),
    ("import", K::SyntaxError, "invalid syntax", 1, 7, 1, 7),
    ("from x import", K::SyntaxError, "invalid syntax", 1, 14, 1, 14),
    ("from x import (a, b", K::SyntaxError, "'(' was never closed", 1, 15, 1, 0),
    ("a b", K::SyntaxError, "invalid syntax", 1, 3, 1, 4),
    ("1 2", K::SyntaxError, "invalid syntax", 1, 3, 1, 4),
    ("x = 1 if 2", K::SyntaxError, "expected 'else' after 'if' expression", 1, 5, 1, 11),
    ("[x for x in]", K::SyntaxError, "invalid syntax", 1, 12, 1, 13),
    ("f(,)", K::SyntaxError, "invalid syntax", 1, 3, 1, 4),
    ("a[1:2:3:4]", K::SyntaxError, "invalid syntax", 1, 8, 1, 9),
    ("x = @", K::SyntaxError, "invalid syntax", 1, 5, 1, 6),
    ("$", K::SyntaxError, "invalid syntax", 1, 1, 1, 2),
    ("x ? y", K::SyntaxError, "invalid syntax", 1, 3, 1, 4),
    ("def f(**a, b): pass", K::SyntaxError, "arguments cannot follow var-keyword argument", 1, 12, 1, 13),
    ("def f(*a, *b): pass", K::SyntaxError, "* argument may appear only once", 1, 11, 1, 12),
    ("x = 0777", K::SyntaxError, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5, 1, 6),
    ("x = 1_", K::SyntaxError, "invalid decimal literal", 1, 6, 1, 6),
    ("x = 1e", K::SyntaxError, "invalid decimal literal", 1, 5, 1, 5),
    ("x = 0b2", K::SyntaxError, "invalid digit '2' in binary literal", 1, 7, 1, 7),
    ("b'\\u00e9' + b'é'", K::SyntaxError, "bytes can only contain ASCII literal characters", 1, 13, 1, 17),
    ("from __future__ import braces", K::SyntaxError, "not a chance", 1, 1, 1, 0),
    ("from __future__ import nosuch", K::SyntaxError, "future feature nosuch is not defined", 1, 1, 1, 0),
    ("x = 1\nfrom __future__ import annotations", K::SyntaxError, "from __future__ imports must occur at the beginning of the file", 2, 1, 2, 35),
    ("nonlocal x", K::SyntaxError, "nonlocal declaration not allowed at module level", 1, 1, 1, 11),
    ("global x\nx = 1\ndef f():\n  x = 2\n  global x", K::SyntaxError, "name 'x' is assigned to before global declaration", 5, 3, 5, 11),
    ("del 1", K::SyntaxError, "cannot delete literal", 1, 5, 1, 6),
    ("(x := 1) = 2", K::SyntaxError, "cannot assign to named expression here. Maybe you meant '==' instead of '='?", 1, 2, 1, 8),
    ("[x := 1 for x in y]", K::SyntaxError, "assignment expression cannot rebind comprehension iteration variable 'x'", 1, 2, 1, 3),
    ("a, *b, *c = d", K::SyntaxError, "multiple starred expressions in assignment", 1, 1, 1, 10),
    ("*a = b", K::SyntaxError, "starred assignment target must be in a list or tuple", 1, 1, 1, 3),
    ("print(*a for a in b)", K::SyntaxError, "iterable unpacking cannot be used in comprehension", 1, 7, 1, 9),
    ("f'{}'", K::SyntaxError, "f-string: empty expression not allowed", 1, 6, 1, 6),
    ("f'{a!x}'", K::SyntaxError, "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 9, 1, 9),
    ("f'{'", K::SyntaxError, "f-string: expecting '}'", 1, 5, 1, 5),
    ("f'}'", K::SyntaxError, "f-string: single '}' is not allowed", 1, 5, 1, 5),
    ("match x:\n  case 1:\n    pass\n  case y:\n    pass\n  case 2:\n    pass", K::SyntaxError, "name capture 'y' makes remaining patterns unreachable", 4, 8, 4, 9),
    ("match x:\n  case a | b:\n    pass", K::SyntaxError, "name capture 'a' makes remaining patterns unreachable", 2, 8, 2, 9),
    ("match x:\n  case {**a, **b}:\n    pass", K::SyntaxError, "invalid syntax", 2, 14, 2, 16),
    ("try:\n  pass\nexcept* ValueError:\n  break", K::SyntaxError, "'break', 'continue' and 'return' cannot appear in an except* block", 4, 3, 4, 8),
    ("try:\n  pass\nexcept* ValueError:\n  pass\nexcept TypeError:\n  pass", K::SyntaxError, "cannot have both 'except' and 'except*' on the same 'try'", 5, 1, 5, 7),
    ("async with a:\n  pass", K::SyntaxError, "'async with' outside async function", 1, 1, 2, 7),
    ("async for a in b:\n  pass", K::SyntaxError, "'async for' outside async function", 1, 1, 2, 7),
    ("def f():\n  x = [await y for y in z]", K::SyntaxError, "asynchronous comprehension outside of an asynchronous function", 2, 7, 2, 27),
    ("def f(x):\n  global x", K::SyntaxError, "name 'x' is parameter and global", 2, 3, 2, 11),
    ("def f(x):\n  nonlocal x", K::SyntaxError, "name 'x' is parameter and nonlocal", 2, 3, 2, 13),
    ("def f():\n  x = 1\n  nonlocal x", K::SyntaxError, "name 'x' is assigned to before nonlocal declaration", 3, 3, 3, 13),
    ("x = 1\nglobal x", K::SyntaxError, "name 'x' is assigned to before global declaration", 2, 1, 2, 9),
    ("def f():\n  print(x)\n  global x", K::SyntaxError, "name 'x' is used prior to global declaration", 3, 3, 3, 11),
    ("if x:\n    pass\n  else:\n    pass", K::IndentationError, "unindent does not match any outer indentation level", 3, 8, 3, 0),
    ("x = (\n1,\n2", K::SyntaxError, "'(' was never closed", 1, 5, 1, 0),
    ("'abc' 'def", K::SyntaxError, "unterminated string literal (detected at line 1)", 1, 7, 1, 7),
    ("\tif x:\n        pass", K::IndentationError, "unexpected indent", 1, 1, 1, 0),
    ("if x:\n\tpass\n        pass", K::TabError, "inconsistent use of tabs and spaces in indentation", 3, 1, 3, 0),
    ("a = 1; b = 2;;", K::SyntaxError, "invalid syntax", 1, 14, 1, 15),
    ("for x in range(10):\n    pass\nelse\n    pass", K::SyntaxError, "expected ':'", 3, 5, 3, 5),
    ("def f(x):\n    return x\n  print(x)", K::IndentationError, "unindent does not match any outer indentation level", 3, 11, 3, 0),
    ("x = {'a' 1}", K::SyntaxError, "invalid syntax. Perhaps you forgot a comma?", 1, 6, 1, 11),
    ("x = [1 2]", K::SyntaxError, "invalid syntax. Perhaps you forgot a comma?", 1, 6, 1, 9),
    ("f(a b)", K::SyntaxError, "invalid syntax. Perhaps you forgot a comma?", 1, 3, 1, 6),
    ("import a.b as", K::SyntaxError, "invalid syntax", 1, 14, 1, 14),
    ("x = not", K::SyntaxError, "invalid syntax", 1, 8, 1, 8),
    ("a = b = ", K::SyntaxError, "invalid syntax", 1, 9, 1, 9),
    ("assert", K::SyntaxError, "invalid syntax", 1, 7, 1, 7),
    ("raise from x", K::SyntaxError, "invalid syntax", 1, 7, 1, 11),
    ("@\ndef f(): pass", K::SyntaxError, "invalid syntax", 1, 2, 1, 2),
    ("x.1", K::SyntaxError, "invalid syntax", 1, 2, 1, 4),
    ("1__0", K::SyntaxError, "invalid decimal literal", 1, 2, 1, 2),
    ("if x = 1:\n  pass", K::SyntaxError, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 4, 1, 9),
    ("while x = 1:\n  pass", K::SyntaxError, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 7, 1, 12),
    ("x = (a for a in b, c)", K::SyntaxError, "invalid syntax", 1, 18, 1, 19),
    ("del *a", K::SyntaxError, "cannot delete starred", 1, 5, 1, 7),
    ("del (*a,)", K::SyntaxError, "cannot delete starred", 1, 6, 1, 8),
    ("def f(x, /, y, /): pass", K::SyntaxError, "/ may appear only once", 1, 16, 1, 17),
    ("lambda x, x: 1", K::SyntaxError, "duplicate argument 'x' in function definition", 1, 11, 1, 12),
    ("else = 1", K::SyntaxError, "invalid syntax", 1, 1, 1, 5),
    ("True += 1", K::SyntaxError, "'True' is an illegal expression for augmented assignment", 1, 1, 1, 5),
    ("__debug__ = 1", K::SyntaxError, "cannot assign to __debug__", 1, 1, 1, 10),
    ("x: int = 1 = 2", K::SyntaxError, "invalid syntax", 1, 12, 1, 13),
    ("(a, b): int", K::SyntaxError, "only single target (not tuple) can be annotated", 1, 1, 1, 7),
    ("a, b: int", K::SyntaxError, "only single target (not tuple) can be annotated", 1, 1, 1, 2),
    ("x = [i for i in range(3) if i else 0]", K::SyntaxError, "invalid syntax", 1, 31, 1, 35),
];

#[test]
fn messages_and_locations_match_cpython() {
    let mut failures = Vec::new();
    for &(src, kind, msg, line, offset, end_line, end_offset) in CASES {
        let opts = CompileOptions { mode: Mode::Exec, filename: "<s>".into(), optimize: 0 };
        match compile_source(src, &opts) {
            Ok(_) => failures.push(format!("{src:?}: compiled, expected {msg:?}")),
            Err(e) => {
                let got = (e.kind, e.msg.as_str(), e.lineno, e.offset, e.end_lineno, e.end_offset);
                if got != (kind, msg, line, offset, end_line, end_offset) {
                    failures.push(format!("{src:?}: got {got:?}, expected {:?}", (kind, msg, line, offset, end_line, end_offset)));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn eval_mode_quotes_the_line_as_given() {
    let opts = CompileOptions { mode: Mode::Eval, filename: "<s>".into(), optimize: 0 };
    let e = compile_source("1 +", &opts).unwrap_err();
    assert_eq!((e.msg.as_str(), e.offset, e.end_offset, e.text.as_deref()), ("invalid syntax", 0, 0, Some("1 +")));
    let e = compile_source("1 2", &opts).unwrap_err();
    assert_eq!((e.offset, e.end_offset), (3, 4));
}
