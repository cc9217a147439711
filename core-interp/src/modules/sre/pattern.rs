//! `re.Pattern`: a compiled regular expression (`_sre.compile`'s result)
//! and its methods: match, fullmatch, search, findall, finditer, scanner,
//! split, sub, subn; equality, hashing and CPython's repr.

use super::constants::*;
use super::engine::{SreError, State, Unit};
use super::matchobj::{new_match, MatchData};
use super::subject::{self, units_or_error, Units};
use crate::compile::bytecode::CompareOperator;
use crate::objects::descrobject::{add_getsets, add_methods, GetSetDef};
use crate::objects::dictobject::PyDict;
use crate::objects::longobject::new_int;
use crate::objects::methodobject::MethodDef;
use crate::objects::object::{PyPayload, PyRef};
use crate::objects::tupleobject::new_tuple;
use crate::objects::typeobject::{as_type, class_name, new_builtin_type};
use crate::objects::unicodeobject::new_str_object;
use crate::vm::{CallArgs, PyErr, PyResult, Signature, Vm};
use std::sync::OnceLock;

/// The payload of `re.Pattern` objects.
pub struct PyPattern {
    pub code: Box<[u32]>,
    /// The source pattern (str, bytes or None).
    pub pattern: PyRef,
    pub flags: i64,
    /// Number of capturing groups.
    pub groups: usize,
    /// name -> index dict, when the pattern has named groups.
    pub groupindex: Option<PyRef>,
    /// index -> name tuple, when the pattern has named groups.
    pub indexgroup: Option<PyRef>,
    /// -1 when the source is None, 1 for bytes, 0 for str.
    pub isbytes: i8,
}

impl PyPayload for PyPattern {
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        visit(&self.pattern);
        if let Some(g) = &self.groupindex {
            visit(g);
        }
        if let Some(g) = &self.indexgroup {
            visit(g);
        }
    }
}

/// The types `_sre` creates.
pub struct SreTypes {
    pub pattern: PyRef,
    pub matchobj: PyRef,
    pub scanner: PyRef,
}

static TYPES: OnceLock<SreTypes> = OnceLock::new();

pub fn types() -> &'static SreTypes {
    TYPES.get().expect("_sre initialised")
}

/// Creates `re.Pattern`, `re.Match` and `_sre.SRE_Scanner` (once per process).
pub fn init_types(vm: &Vm) {
    TYPES.get_or_init(|| {
        let mk = |name: &str, doc: Option<&'static str>| {
            let t = new_builtin_type(vm, name, &vm.types.object_type, 0, doc);
            as_type(&t).slots.new.set(None);
            t
        };
        let pattern = mk("re.Pattern", Some("Compiled regular expression object."));
        init_pattern_type(vm, &pattern);
        let matchobj = mk("re.Match", Some("The result of re.match() and re.search().\nMatch objects always have a boolean value of True."));
        super::matchobj::init_type(vm, &matchobj);
        let scanner = mk("_sre.SRE_Scanner", None);
        super::scanner::init_type(vm, &scanner);
        SreTypes { pattern, matchobj, scanner }
    });
}

/// `_sre.compile(pattern, flags, code, groups, groupindex, indexgroup)`.
pub fn compile(
    vm: &Vm,
    pattern: PyRef,
    flags: &PyRef,
    code: &PyRef,
    groups: &PyRef,
    groupindex: PyRef,
    indexgroup: PyRef,
) -> PyResult {
    let flags = vm.index_isize(flags)? as i64;
    let Some(list) = crate::objects::listobject::as_list(code) else {
        return Err(vm.new_type_error(format!(
            "compile() argument 'code' must be list, not {}",
            class_name(code)
        )));
    };
    let groups = vm.index_isize(groups)?;
    let Some(gi) = crate::objects::dictobject::as_dict(&groupindex) else {
        return Err(vm.new_type_error(format!(
            "compile() argument 'groupindex' must be dict, not {}",
            class_name(&groupindex)
        )));
    };
    let Some(ig) = crate::objects::tupleobject::tuple_items(&indexgroup) else {
        return Err(vm.new_type_error(format!(
            "compile() argument 'indexgroup' must be tuple, not {}",
            class_name(&indexgroup)
        )));
    };
    let items = crate::objects::listobject::list_items(code);
    let _ = list;
    let mut words = Vec::with_capacity(items.len());
    for it in &items {
        let Some(v) = crate::objects::longobject::as_int(it) else {
            return Err(vm.new_type_error(format!(
                "an integer is required (got type {})",
                class_name(it)
            )));
        };
        match v.value.as_i64() {
            Some(n) if (0..=u32::MAX as i64).contains(&n) => words.push(n as u32),
            Some(n) if n < 0 => {
                return Err(vm.new_overflow_error("can't convert negative int to unsigned"))
            }
            _ => return Err(vm.new_overflow_error("regular expression code size limit exceeded")),
        }
    }
    let isbytes = if vm.is_none(&pattern) {
        -1
    } else {
        match subject::units(&pattern) {
            Some((_, b)) => b as i8,
            None => {
                return Err(vm.new_type_error(format!(
                    "expected string or bytes-like object, got '{}'",
                    class_name(&pattern)
                )))
            }
        }
    };
    if !super::validate::validate(&words, groups.max(0) as usize) {
        return Err(vm.new_runtime_error("invalid SRE code"));
    }
    let (groupindex, indexgroup) = if gi.is_empty() {
        (None, None)
    } else {
        (
            Some(groupindex.clone()),
            if ig.is_empty() {
                None
            } else {
                Some(indexgroup.clone())
            },
        )
    };
    let p = PyPattern {
        code: words.into_boxed_slice(),
        pattern,
        flags,
        groups: groups.max(0) as usize,
        groupindex,
        indexgroup,
        isbytes,
    };
    Ok(PyRef::new(p, types().pattern.clone()))
}

pub fn of(o: &PyRef) -> &PyPattern {
    o.downcast_ref::<PyPattern>().expect("re.Pattern")
}

/// Converts an engine error into the exception CPython raises.
pub fn engine_error(vm: &Vm, e: SreError) -> PyErr {
    match e {
        SreError::Py(e) => e,
        SreError::Internal => vm.new_runtime_error("internal error in regular expression engine"),
    }
}

/// Clamps pos/endpos as `state_init` does.
fn bounds(pos: isize, endpos: isize, len: usize) -> (usize, usize) {
    let clamp = |v: isize| {
        if v < 0 {
            0
        } else if v as usize > len {
            len
        } else {
            v as usize
        }
    };
    (clamp(pos), clamp(endpos))
}

/// Checks the subject's kind against the pattern's and returns its code units.
pub fn prepare<'a>(vm: &Vm, p: &PyPattern, string: &'a PyRef) -> PyResult<(Units<'a>, bool)> {
    let (u, isbytes) = units_or_error(vm, string)?;
    if isbytes && p.isbytes == 0 {
        return Err(vm.new_type_error("cannot use a string pattern on a bytes-like object"));
    }
    if !isbytes && p.isbytes > 0 {
        return Err(vm.new_type_error("cannot use a bytes pattern on a string-like object"));
    }
    Ok((u, isbytes))
}

/// Runs `$body` with `$s` bound to the subject's code units, whatever their width.
macro_rules! on_units {
    ($u:expr, $s:ident => $body:expr) => {
        match $u {
            Units::Narrow($s) => $body,
            Units::Wide($s) => $body,
        }
    };
}
pub(crate) use on_units;

/// The group spans of a successful match.
pub fn match_data<C: Unit>(
    st: &State<'_, C>,
    groups: usize,
    pos: usize,
    endpos: usize,
) -> MatchData {
    let mut marks = Vec::with_capacity(2 * (groups + 1));
    marks.push(st.start as isize);
    marks.push(st.ptr as isize);
    for g in 0..groups {
        let j = 2 * g;
        if (j + 1) as isize <= st.lastmark
            && st.marks[j] != super::engine::NONE
            && st.marks[j + 1] != super::engine::NONE
        {
            marks.push(st.marks[j] as isize);
            marks.push(st.marks[j + 1] as isize);
        } else {
            marks.push(-1);
            marks.push(-1);
        }
    }
    MatchData {
        marks: marks.into_boxed_slice(),
        pos: pos as isize,
        endpos: endpos as isize,
        lastindex: st.lastindex,
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Match,
    FullMatch,
    Search,
}

fn run_one<C: Unit>(
    vm: &Vm,
    p: &PyPattern,
    s: &[C],
    pos: isize,
    endpos: isize,
    mode: Mode,
) -> Result<Option<MatchData>, SreError> {
    let (start, end) = bounds(pos, endpos, s.len());
    let mut st = State::new(vm, s, start, end);
    let found = match mode {
        Mode::Search => st.search(&p.code)?,
        Mode::Match => st.pmatch(&p.code)?,
        Mode::FullMatch => {
            st.match_all = true;
            st.pmatch(&p.code)?
        }
    };
    Ok(found.then(|| match_data(&st, p.groups, start, end)))
}

static MATCH_SIG: [Signature; 6] = [
    Signature {
        name: "match",
        params: &["string", "pos", "endpos"],
        posonly: 0,
        positional: 3,
        required: 1,
    },
    Signature {
        name: "fullmatch",
        params: &["string", "pos", "endpos"],
        posonly: 0,
        positional: 3,
        required: 1,
    },
    Signature {
        name: "search",
        params: &["string", "pos", "endpos"],
        posonly: 0,
        positional: 3,
        required: 1,
    },
    Signature {
        name: "findall",
        params: &["string", "pos", "endpos"],
        posonly: 0,
        positional: 3,
        required: 1,
    },
    Signature {
        name: "finditer",
        params: &["string", "pos", "endpos"],
        posonly: 0,
        positional: 3,
        required: 1,
    },
    Signature {
        name: "scanner",
        params: &["string", "pos", "endpos"],
        posonly: 0,
        positional: 3,
        required: 1,
    },
];

/// Binds `(string, pos=0, endpos=sys.maxsize)`.
fn string_pos_endpos(
    vm: &Vm,
    sig: &Signature,
    args: CallArgs<'_>,
) -> PyResult<(PyRef, isize, isize)> {
    let a = sig.bind(vm, args.skip_first())?;
    let pos = match &a[1] {
        Some(v) => vm.index_isize(v)?,
        None => 0,
    };
    let endpos = match &a[2] {
        Some(v) => vm.index_isize(v)?,
        None => isize::MAX,
    };
    Ok((a[0].clone().expect("required"), pos, endpos))
}

fn self_pattern<'a>(vm: &Vm, args: &CallArgs<'a>, name: &str) -> PyResult<&'a PyRef> {
    match args.positional().first() {
        Some(s) if s.downcast_ref::<PyPattern>().is_some() => Ok(s),
        _ => Err(vm.new_type_error(format!(
            "descriptor '{name}' requires a 're.Pattern' object"
        ))),
    }
}

fn match_like(vm: &Vm, args: CallArgs<'_>, sig: &Signature, mode: Mode) -> PyResult {
    let me = self_pattern(vm, &args, sig.name)?;
    let p = of(me);
    let (string, pos, endpos) = string_pos_endpos(vm, sig, args)?;
    let (u, _) = prepare(vm, p, &string)?;
    let r =
        on_units!(u, s => run_one(vm, p, s, pos, endpos, mode)).map_err(|e| engine_error(vm, e))?;
    Ok(match r {
        Some(d) => new_match(vm, me.clone(), string.clone(), d),
        None => vm.none.clone(),
    })
}

fn pattern_match(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    match_like(vm, args, &MATCH_SIG[0], Mode::Match)
}

fn pattern_fullmatch(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    match_like(vm, args, &MATCH_SIG[1], Mode::FullMatch)
}

fn pattern_search(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    match_like(vm, args, &MATCH_SIG[2], Mode::Search)
}

/// The spans found by `findall` (whole match, or each group's span or None).
fn findall_spans<C: Unit>(
    vm: &Vm,
    p: &PyPattern,
    s: &[C],
    pos: isize,
    endpos: isize,
) -> Result<Vec<Vec<Option<(usize, usize)>>>, SreError> {
    let (start, end) = bounds(pos, endpos, s.len());
    let mut st = State::new(vm, s, start, end);
    let mut out = Vec::new();
    while st.start <= st.end {
        st.reset();
        st.ptr = st.start;
        if !st.search(&p.code)? {
            break;
        }
        if p.groups == 0 {
            out.push(vec![Some((st.start, st.ptr))]);
        } else {
            out.push((1..=p.groups).map(|g| st.group_span(g)).collect());
        }
        st.must_advance = st.ptr == st.start;
        st.start = st.ptr;
    }
    Ok(out)
}

fn pattern_findall(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let me = self_pattern(vm, &args, "findall")?;
    let p = of(me);
    let (string, pos, endpos) = string_pos_endpos(vm, &MATCH_SIG[3], args)?;
    let (u, isbytes) = prepare(vm, p, &string)?;
    let found =
        on_units!(u, s => findall_spans(vm, p, s, pos, endpos)).map_err(|e| engine_error(vm, e))?;
    let piece = |sp: Option<(usize, usize)>| match sp {
        Some((a, b)) => subject::slice(vm, &string, a, b),
        None => subject::empty_like(vm, isbytes),
    };
    let items: Vec<PyRef> = found
        .into_iter()
        .map(|spans| {
            if spans.len() == 1 {
                piece(spans[0])
            } else {
                new_tuple(vm, spans.into_iter().map(piece).collect())
            }
        })
        .collect();
    Ok(crate::objects::listobject::new_list(vm, items))
}

fn pattern_scanner(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let me = self_pattern(vm, &args, "scanner")?;
    let (string, pos, endpos) = string_pos_endpos(vm, &MATCH_SIG[5], args)?;
    super::scanner::new_scanner(vm, me, string, pos, endpos)
}

fn pattern_finditer(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let me = self_pattern(vm, &args, "finditer")?;
    let (string, pos, endpos) = string_pos_endpos(vm, &MATCH_SIG[4], args)?;
    let sc = super::scanner::new_scanner(vm, me, string, pos, endpos)?;
    let search = vm.getattr_str(&sc, "search")?;
    let it = crate::objects::iterobject::PyCallableIterator {
        callable: std::cell::RefCell::new(Some(search)),
        sentinel: vm.none.clone(),
    };
    Ok(PyRef::new(it, vm.types.callable_iterator_type.clone()))
}

static SPLIT_SIG: Signature = Signature {
    name: "split",
    params: &["string", "maxsplit"],
    posonly: 0,
    positional: 2,
    required: 1,
};

/// One piece of a `split` result: a span of the subject, or None for a group that did not match.
type Piece = Option<(usize, usize)>;

fn split_pieces<C: Unit>(
    vm: &Vm,
    p: &PyPattern,
    s: &[C],
    maxsplit: isize,
) -> Result<Vec<Piece>, SreError> {
    let mut st = State::new(vm, s, 0, s.len());
    let mut out = Vec::new();
    let mut n = 0;
    let mut last = st.start;
    while maxsplit == 0 || n < maxsplit {
        st.reset();
        st.ptr = st.start;
        if !st.search(&p.code)? {
            break;
        }
        out.push(Some((last, st.start)));
        for g in 1..=p.groups {
            out.push(st.group_span(g));
        }
        n += 1;
        st.must_advance = st.ptr == st.start;
        st.start = st.ptr;
        last = st.ptr;
    }
    out.push(Some((last, s.len())));
    Ok(out)
}

fn pattern_split(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let me = self_pattern(vm, &args, "split")?;
    let p = of(me);
    let a = SPLIT_SIG.bind(vm, args.skip_first())?;
    let string = a[0].clone().expect("required");
    let maxsplit = match &a[1] {
        Some(v) => vm.index_isize(v)?,
        None => 0,
    };
    let (u, _) = prepare(vm, p, &string)?;
    let pieces =
        on_units!(u, s => split_pieces(vm, p, s, maxsplit)).map_err(|e| engine_error(vm, e))?;
    let items = pieces
        .into_iter()
        .map(|sp| match sp {
            Some((a, b)) => subject::slice(vm, &string, a, b),
            None => vm.none.clone(),
        })
        .collect();
    Ok(crate::objects::listobject::new_list(vm, items))
}

/// What replaces each match in `sub`.
enum Filter {
    Literal(PyRef),
    Callable(PyRef),
}

fn make_filter(vm: &Vm, me: &PyRef, repl: &PyRef) -> PyResult<Filter> {
    if as_type(repl.class()).slots.call.get().is_some() {
        return Ok(Filter::Callable(repl.clone()));
    }
    let literal = match subject::units(repl) {
        Some((Units::Narrow(b), _)) => !b.contains(&b'\\'),
        Some((Units::Wide(w), _)) => !w.contains(&(b'\\' as u32)),
        None => false,
    };
    if literal {
        return Ok(Filter::Literal(repl.clone()));
    }
    let re = crate::vm::import::import_module(vm, "re")?;
    let subx = vm.getattr_str(&re, "_subx")?;
    let f = vm.call_positional(&subx, &[me.clone(), repl.clone()])?;
    Ok(if as_type(f.class()).slots.call.get().is_some() {
        Filter::Callable(f)
    } else {
        Filter::Literal(f)
    })
}

fn subx<C: Unit>(
    vm: &Vm,
    me: &PyRef,
    string: &PyRef,
    s: &[C],
    filter: &Filter,
    count: isize,
) -> PyResult<(Vec<PyRef>, isize)> {
    let p = of(me);
    let mut st = State::new(vm, s, 0, s.len());
    let mut list = Vec::new();
    let (mut n, mut i) = (0isize, 0usize);
    while count == 0 || n < count {
        st.reset();
        st.ptr = st.start;
        if !st.search(&p.code).map_err(|e| engine_error(vm, e))? {
            break;
        }
        let (b, e) = (st.start, st.ptr);
        if i < b {
            list.push(subject::slice(vm, string, i, b));
        }
        let item = match filter {
            Filter::Literal(l) => l.clone(),
            Filter::Callable(f) => {
                let m = new_match(
                    vm,
                    me.clone(),
                    string.clone(),
                    match_data(&st, p.groups, 0, s.len()),
                );
                vm.call_positional(f, &[m])?
            }
        };
        if !vm.is_none(&item) {
            list.push(item);
        }
        i = e;
        n += 1;
        st.must_advance = st.ptr == st.start;
        st.start = st.ptr;
    }
    if i < s.len() {
        list.push(subject::slice(vm, string, i, s.len()));
    }
    Ok((list, n))
}

static SUB_SIG: [Signature; 2] = [
    Signature {
        name: "sub",
        params: &["repl", "string", "count"],
        posonly: 0,
        positional: 3,
        required: 2,
    },
    Signature {
        name: "subn",
        params: &["repl", "string", "count"],
        posonly: 0,
        positional: 3,
        required: 2,
    },
];

fn sub_impl(vm: &Vm, args: CallArgs<'_>, subn: bool) -> PyResult {
    let sig = &SUB_SIG[subn as usize];
    let me = self_pattern(vm, &args, sig.name)?;
    let a = sig.bind(vm, args.skip_first())?;
    let repl = a[0].clone().expect("required");
    let string = a[1].clone().expect("required");
    let count = match &a[2] {
        Some(v) => vm.index_isize(v)?,
        None => 0,
    };
    let filter = make_filter(vm, me, &repl)?;
    let (u, isbytes) = prepare(vm, of(me), &string)?;
    let (list, n) = on_units!(u, s => subx(vm, me, &string, s, &filter, count))?;
    let joined = if list.is_empty() {
        subject::empty_like(vm, isbytes)
    } else {
        subject::join(vm, &list, isbytes)?
    };
    Ok(if subn {
        new_tuple(vm, vec![joined, new_int(vm, n as i64)])
    } else {
        joined
    })
}

fn pattern_sub(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    sub_impl(vm, args, false)
}

fn pattern_subn(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    sub_impl(vm, args, true)
}

fn pattern_copy(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "Pattern.__copy__", 0, 0)?;
    Ok(a[0].clone())
}

fn pattern_deepcopy(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "Pattern.__deepcopy__", 1, 1)?;
    Ok(a[0].clone())
}

const FLAG_NAMES: [(&str, i64); 9] = [
    ("re.TEMPLATE", 1),
    ("re.IGNORECASE", 2),
    ("re.LOCALE", 4),
    ("re.MULTILINE", 8),
    ("re.DOTALL", 16),
    ("re.UNICODE", 32),
    ("re.VERBOSE", 64),
    ("re.DEBUG", 128),
    ("re.ASCII", 256),
];

/// `%.200R`-style truncation: the first `n` characters of `s`.
pub fn truncate_chars(s: &str, n: usize) -> &str {
    match s.char_indices().nth(n) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

fn pattern_repr(vm: &Vm, o: &PyRef) -> PyResult {
    let p = of(o);
    let mut flags = p.flags;
    if p.isbytes == 0 && flags & (FLAG_LOCALE | FLAG_UNICODE | FLAG_ASCII) == FLAG_UNICODE {
        flags &= !FLAG_UNICODE;
    }
    let mut items: Vec<String> = Vec::new();
    for (name, v) in FLAG_NAMES {
        if flags & v != 0 {
            items.push(name.to_string());
            flags &= !v;
        }
    }
    if flags != 0 {
        items.push(format!("0x{:x}", flags as i32));
    }
    let r = vm.repr_string(&p.pattern)?;
    let r = truncate_chars(&r, 200);
    let s = if items.is_empty() {
        format!("re.compile({r})")
    } else {
        format!("re.compile({r}, {})", items.join("|"))
    };
    Ok(new_str_object(vm, &s))
}

fn pattern_hash(vm: &Vm, o: &PyRef) -> PyResult<isize> {
    let p = of(o);
    let mut h = vm.hash(&p.pattern)?;
    let bytes: Vec<u8> = p.code.iter().flat_map(|w| w.to_ne_bytes()).collect();
    h ^= crate::objects::hashing::hash_bytes(&bytes);
    h ^= p.flags as isize;
    h ^= p.isbytes as isize;
    h ^= p.code.len() as isize;
    Ok(if h == -1 { -2 } else { h })
}

fn pattern_richcompare(vm: &Vm, a: &PyRef, b: &PyRef, op: CompareOperator) -> PyResult {
    if !matches!(op, CompareOperator::Eq | CompareOperator::Ne) || !b.class().is(&types().pattern) {
        return Ok(vm.not_implemented.clone());
    }
    let eq = if a.is(b) {
        true
    } else {
        let (x, y) = (of(a), of(b));
        x.flags == y.flags
            && x.isbytes == y.isbytes
            && x.code == y.code
            && vm.eq(&x.pattern, &y.pattern)?
    };
    Ok(vm.bool_obj(eq == (op == CompareOperator::Eq)))
}

fn get_pattern(_: &Vm, o: &PyRef) -> PyResult {
    Ok(of(o).pattern.clone())
}

fn get_flags(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(new_int(vm, of(o).flags))
}

fn get_groups(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(new_int(vm, of(o).groups as i64))
}

fn get_groupindex(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(match &of(o).groupindex {
        Some(g) => crate::objects::mappingproxy::new_mappingproxy(vm, g.clone()),
        None => PyDict::new_ref(vm),
    })
}

fn init_pattern_type(vm: &Vm, t: &PyRef) {
    let s = &as_type(t).slots;
    s.repr.set(Some(pattern_repr));
    s.hash.set(Some(pattern_hash));
    s.richcompare.set(Some(pattern_richcompare));
    crate::objects::typeslots::add_slot_wrappers(vm, t);
    add_methods(
        vm,
        t,
        &[
            MethodDef::new("match", pattern_match),
            MethodDef::new("fullmatch", pattern_fullmatch),
            MethodDef::new("search", pattern_search),
            MethodDef::new("sub", pattern_sub),
            MethodDef::new("subn", pattern_subn),
            MethodDef::new("findall", pattern_findall),
            MethodDef::new("split", pattern_split),
            MethodDef::new("finditer", pattern_finditer),
            MethodDef::new("scanner", pattern_scanner),
            MethodDef::new("__copy__", pattern_copy),
            MethodDef::new("__deepcopy__", pattern_deepcopy),
        ],
    );
    add_getsets(
        vm,
        t,
        &[
            GetSetDef::new("pattern", get_pattern),
            GetSetDef::new("flags", get_flags),
            GetSetDef::new("groups", get_groups),
            GetSetDef::new("groupindex", get_groupindex),
        ],
    );
}
