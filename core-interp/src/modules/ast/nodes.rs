//! The node types of Python 3.11's abstract grammar (`Parser/Python.asdl`),
//! written as ASDL text and read once into tables: every class `_ast`
//! creates, its fields (with `?` optional and `*` sequence markers), its
//! attributes and the docstring CPython derives from the definition.

/// The 3.11 abstract grammar, without comments.
const ASDL: &str = "
mod = Module(stmt* body, type_ignore* type_ignores)
    | Interactive(stmt* body)
    | Expression(expr body)
    | FunctionType(expr* argtypes, expr returns)
stmt = FunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment)
    | AsyncFunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment)
    | ClassDef(identifier name, expr* bases, keyword* keywords, stmt* body, expr* decorator_list)
    | Return(expr? value)
    | Delete(expr* targets)
    | Assign(expr* targets, expr value, string? type_comment)
    | AugAssign(expr target, operator op, expr value)
    | AnnAssign(expr target, expr annotation, expr? value, int simple)
    | For(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)
    | AsyncFor(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)
    | While(expr test, stmt* body, stmt* orelse)
    | If(expr test, stmt* body, stmt* orelse)
    | With(withitem* items, stmt* body, string? type_comment)
    | AsyncWith(withitem* items, stmt* body, string? type_comment)
    | Match(expr subject, match_case* cases)
    | Raise(expr? exc, expr? cause)
    | Try(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)
    | TryStar(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)
    | Assert(expr test, expr? msg)
    | Import(alias* names)
    | ImportFrom(identifier? module, alias* names, int? level)
    | Global(identifier* names)
    | Nonlocal(identifier* names)
    | Expr(expr value)
    | Pass
    | Break
    | Continue
    attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)
expr = BoolOp(boolop op, expr* values)
    | NamedExpr(expr target, expr value)
    | BinOp(expr left, operator op, expr right)
    | UnaryOp(unaryop op, expr operand)
    | Lambda(arguments args, expr body)
    | IfExp(expr test, expr body, expr orelse)
    | Dict(expr* keys, expr* values)
    | Set(expr* elts)
    | ListComp(expr elt, comprehension* generators)
    | SetComp(expr elt, comprehension* generators)
    | DictComp(expr key, expr value, comprehension* generators)
    | GeneratorExp(expr elt, comprehension* generators)
    | Await(expr value)
    | Yield(expr? value)
    | YieldFrom(expr value)
    | Compare(expr left, cmpop* ops, expr* comparators)
    | Call(expr func, expr* args, keyword* keywords)
    | FormattedValue(expr value, int conversion, expr? format_spec)
    | JoinedStr(expr* values)
    | Constant(constant value, string? kind)
    | Attribute(expr value, identifier attr, expr_context ctx)
    | Subscript(expr value, expr slice, expr_context ctx)
    | Starred(expr value, expr_context ctx)
    | Name(identifier id, expr_context ctx)
    | List(expr* elts, expr_context ctx)
    | Tuple(expr* elts, expr_context ctx)
    | Slice(expr? lower, expr? upper, expr? step)
    attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)
expr_context = Load | Store | Del
boolop = And | Or
operator = Add | Sub | Mult | MatMult | Div | Mod | Pow | LShift | RShift | BitOr | BitXor | BitAnd | FloorDiv
unaryop = Invert | Not | UAdd | USub
cmpop = Eq | NotEq | Lt | LtE | Gt | GtE | Is | IsNot | In | NotIn
comprehension = (expr target, expr iter, expr* ifs, int is_async)
excepthandler = ExceptHandler(expr? type, identifier? name, stmt* body)
    attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)
arguments = (arg* posonlyargs, arg* args, arg? vararg, arg* kwonlyargs, expr* kw_defaults, arg? kwarg, expr* defaults)
arg = (identifier arg, expr? annotation, string? type_comment)
    attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)
keyword = (identifier? arg, expr value)
    attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)
alias = (identifier name, identifier? asname)
    attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)
withitem = (expr context_expr, expr? optional_vars)
match_case = (pattern pattern, expr? guard, stmt* body)
pattern = MatchValue(expr value)
    | MatchSingleton(constant value)
    | MatchSequence(pattern* patterns)
    | MatchMapping(expr* keys, pattern* patterns, identifier? rest)
    | MatchClass(expr cls, pattern* patterns, identifier* kwd_attrs, pattern* kwd_patterns)
    | MatchStar(identifier? name)
    | MatchAs(pattern? pattern, identifier? name)
    | MatchOr(pattern* patterns)
    attributes (int lineno, int col_offset, int end_lineno, int end_col_offset)
type_ignore = TypeIgnore(int lineno, string tag)
";

/// How many values a field holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Arity {
    One,
    /// `?`: the value or None (None is the class attribute default).
    Optional,
    /// `*`: a list.
    Sequence,
}

/// One field or attribute of a node type.
#[derive(Clone, Debug)]
pub struct Field {
    pub name: &'static str,
    /// The ASDL type: a node type name or a builtin (`identifier`, `int`,
    /// `string`, `constant`).
    pub ty: &'static str,
    pub arity: Arity,
}

/// One class of `_ast`.
#[derive(Clone, Debug)]
pub struct NodeType {
    pub name: &'static str,
    /// The abstract class of a sum's constructor; `None` for sums and
    /// products, which derive from `AST` directly.
    pub base: Option<&'static str>,
    pub fields: Vec<Field>,
    /// `_attributes`: set on sums and products (constructors inherit them).
    pub attributes: Option<Vec<Field>>,
    pub doc: String,
    /// A field-less constructor of a sum whose constructors are all
    /// field-less (`Load`, `Add`): `ast.parse` shares one instance.
    pub singleton: bool,
}

fn parse_fields(list: &'static str) -> Vec<Field> {
    list.split(',')
        .map(str::trim)
        .filter(|f| !f.is_empty())
        .map(|f| {
            let (ty, name) = f.split_once(' ').expect("ASDL field is `type name`");
            let (ty, arity) = match ty.as_bytes()[ty.len() - 1] {
                b'?' => (&ty[..ty.len() - 1], Arity::Optional),
                b'*' => (&ty[..ty.len() - 1], Arity::Sequence),
                _ => (ty, Arity::One),
            };
            Field {
                name: name.trim(),
                ty,
                arity,
            }
        })
        .collect()
}

/// `Name(fields)` or `Name` → (name, fields text).
fn split_constructor(c: &'static str) -> (&'static str, Option<&'static str>) {
    match c.split_once('(') {
        Some((name, rest)) => (name.trim(), Some(rest.trim_end().trim_end_matches(')'))),
        None => (c.trim(), None),
    }
}

fn field_text(fields: &[Field]) -> String {
    fields
        .iter()
        .map(|f| {
            let mark = match f.arity {
                Arity::One => "",
                Arity::Optional => "?",
                Arity::Sequence => "*",
            };
            format!("{}{mark} {}", f.ty, f.name)
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn constructor_doc(name: &str, fields: &[Field]) -> String {
    if fields.is_empty() {
        name.to_string()
    } else {
        format!("{name}({})", field_text(fields))
    }
}

/// Every node type in definition order (each abstract class before its
/// constructors).
pub fn node_types() -> Vec<NodeType> {
    let mut defs: Vec<String> = Vec::new();
    for line in ASDL.lines().filter(|l| !l.trim().is_empty()) {
        if line.starts_with(' ') {
            let last = defs.last_mut().expect("continuation after a definition");
            last.push(' ');
            last.push_str(line.trim());
        } else {
            defs.push(line.to_string());
        }
    }
    let mut out = Vec::new();
    for def in defs {
        // The definitions live for the whole process, like the ASDL text.
        let def: &'static str = Box::leak(def.into_boxed_str());
        let (name, rhs) = def.split_once(" = ").expect("ASDL definition");
        let (rhs, attributes) = match rhs.split_once(" attributes (") {
            Some((r, a)) => (r, parse_fields(a.trim_end().trim_end_matches(')'))),
            None => (rhs, Vec::new()),
        };
        if let Some(product) = rhs.strip_prefix('(') {
            let fields = parse_fields(product.trim_end().trim_end_matches(')'));
            out.push(NodeType {
                name,
                base: None,
                doc: constructor_doc(name, &fields),
                fields,
                attributes: Some(attributes),
                singleton: false,
            });
            continue;
        }
        let constructors: Vec<(&'static str, Vec<Field>)> = rhs
            .split(" | ")
            .map(|c| {
                let (n, f) = split_constructor(c);
                (n, f.map(parse_fields).unwrap_or_default())
            })
            .collect();
        let all_simple = constructors.iter().all(|(_, f)| f.is_empty());
        let sep = if all_simple {
            " | ".to_string()
        } else {
            format!("\n{}| ", " ".repeat(name.len() + 1))
        };
        let doc = format!(
            "{name} = {}",
            constructors
                .iter()
                .map(|(n, f)| constructor_doc(n, f))
                .collect::<Vec<_>>()
                .join(&sep)
        );
        out.push(NodeType {
            name,
            base: None,
            fields: Vec::new(),
            attributes: Some(attributes),
            doc,
            singleton: false,
        });
        for (cname, fields) in constructors {
            out.push(NodeType {
                name: cname,
                base: Some(name),
                doc: constructor_doc(cname, &fields),
                fields,
                attributes: None,
                singleton: all_simple,
            });
        }
    }
    out
}
