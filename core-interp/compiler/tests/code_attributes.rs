//! Code-object attributes match CPython 3.11 (`co_name`, `co_qualname`,
//! `co_firstlineno`, argument counts, `co_varnames`, `co_cellvars`,
//! `co_freevars`, `co_flags`) for private-name mangling, cell ordering,
//! nested flags, qualnames of nested comprehensions, generator-expression
//! lines, future annotations, try/else layout and class pass-through cells.
//! The expected rows were recorded with CPython 3.11.

use oxpy_compiler::bytecode::{CodeObject, Constant};
use oxpy_compiler::{compile_source, CompileOptions, Mode};

const CASES: &[(&str, &[&str])] = &[
    ("class C:\n    def f(self, __p, *__a, **__k):\n        __x = __p\n        return lambda: __x\n", &["<module>|<module>|1|0|0|0||||0", "C|C|1|0|0|0||||0", "f|C.f|2|2|0|0|self,_C__p,_C__a,_C__k|_C__x||15", "<lambda>|C.f.<locals>.<lambda>|4|0|0|0|||_C__x|19"]),
    ("def outer(a, *args, **kw):\n    b = 1\n    def inner():\n        return a, b, kw, args\n    return inner\n", &["<module>|<module>|1|0|0|0||||0", "outer|outer|1|1|0|0|a,args,kw,inner|a,args,kw,b||15", "inner|outer.<locals>.inner|3|0|0|0|||a,args,b,kw|19"]),
    ("def f():\n    class K:\n        def m(self):\n            return [[y for y in x] for x in self]\n    return K\n", &["<module>|<module>|1|0|0|0||||0", "f|f|1|0|0|0|K|||3", "K|f.<locals>.K|2|0|0|0||||0", "m|f.<locals>.K.m|3|1|0|0|self|||19", "<listcomp>|f.<locals>.K.m.<locals>.<listcomp>|4|1|0|0|.0,x|||19", "<listcomp>|f.<locals>.K.m.<locals>.<listcomp>.<listcomp>|4|1|0|0|.0,y|||19"]),
    ("def f(xs):\n    return any(\n        # why\n        x for x in xs\n    )\n", &["<module>|<module>|1|0|0|0||||0", "f|f|1|1|0|0|xs|||3", "<genexpr>|f.<locals>.<genexpr>|2|1|0|0|.0,x|||51"]),
    ("from __future__ import annotations\nclass A:\n    x: Undefined\n    def f(self) -> Other: pass\n", &["<module>|<module>|1|0|0|0||||16777216", "A|A|2|0|0|0||||16777216", "f|A.f|4|1|0|0|self|||16777219"]),
    ("def f():\n    try:\n        pass\n    except E as e:\n        a = 1\n    else:\n        b = 2\n", &["<module>|<module>|1|0|0|0||||0", "f|f|1|0|0|0|b,e,a|||3"]),
    ("def f():\n    v = 1\n    class In:\n        v = 2\n        def g(self):\n            return v\n    return In\n", &["<module>|<module>|1|0|0|0||||0", "f|f|1|0|0|0|In|v||3", "In|f.<locals>.In|3|0|0|0|||v|0", "g|f.<locals>.In.g|5|1|0|0|self||v|19"]),
];

fn row(c: &CodeObject) -> String {
    let join = |v: &[std::sync::Arc<str>]| {
        v.iter()
            .map(|s| s.to_string())
            .collect::<Vec<_>>()
            .join(",")
    };
    format!(
        "{}|{}|{}|{}|{}|{}|{}|{}|{}|{}",
        c.name,
        c.qualname,
        c.first_line,
        c.argcount,
        c.posonlyargcount,
        c.kwonlyargcount,
        join(&c.varnames),
        join(&c.cellvars),
        join(&c.freevars),
        c.flags
    )
}

fn dump(c: &CodeObject, out: &mut Vec<String>) {
    out.push(row(c));
    for k in &c.consts {
        if let Constant::Code(inner) = k {
            dump(inner, out);
        }
    }
}

#[test]
fn code_attributes_match_cpython() {
    for (src, expected) in CASES {
        let opts = CompileOptions {
            mode: Mode::Exec,
            filename: "<t>".into(),
            optimize: 0,
        };
        let code = compile_source(src, &opts).unwrap_or_else(|e| panic!("{src:?}: {}", e.msg));
        let mut got = Vec::new();
        dump(&code, &mut got);
        assert_eq!(got, *expected, "{src:?}");
    }
}
