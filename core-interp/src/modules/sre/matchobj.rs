//! `re.Match`: the result of a successful match — group spans over the
//! subject, group access by number or name, `expand`, and CPython's repr.

use super::pattern::{of as pattern_of, types};
use super::subject;
use crate::objects::descrobject::{add_getsets, add_methods, GetSetDef};
use crate::objects::dictobject::{as_dict, PyDict};
use crate::objects::longobject::new_int;
use crate::objects::methodobject::MethodDef;
use crate::objects::object::{PyPayload, PyRef};
use crate::objects::tupleobject::{new_tuple, tuple_items};
use crate::objects::typeobject::{as_type, class_name};
use crate::objects::unicodeobject::new_str_object;
use crate::vm::{CallArgs, PyResult, Signature, Vm};
use std::cell::RefCell;

/// Spans of a match: `marks[2*g]`, `marks[2*g+1]` for group g, -1 if unset.
pub struct MatchData {
    pub marks: Box<[isize]>,
    pub pos: isize,
    pub endpos: isize,
    pub lastindex: isize,
}

/// The payload of `re.Match` objects.
pub struct PyMatch {
    pub pattern: PyRef,
    pub string: PyRef,
    pub data: MatchData,
    regs: RefCell<Option<PyRef>>,
}

impl PyPayload for PyMatch {
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        visit(&self.pattern);
        visit(&self.string);
        if let Some(r) = self.regs.borrow().as_ref() {
            visit(r);
        }
    }
}

pub fn new_match(_vm: &Vm, pattern: PyRef, string: PyRef, data: MatchData) -> PyRef {
    PyRef::new(
        PyMatch {
            pattern,
            string,
            data,
            regs: RefCell::new(None),
        },
        types().matchobj.clone(),
    )
}

fn of(o: &PyRef) -> &PyMatch {
    o.downcast_ref::<PyMatch>().expect("re.Match")
}

fn self_match<'a>(vm: &Vm, args: &CallArgs<'a>, name: &str) -> PyResult<&'a PyRef> {
    match args.positional().first() {
        Some(s) if s.downcast_ref::<PyMatch>().is_some() => Ok(s),
        _ => Err(vm.new_type_error(format!("descriptor '{name}' requires a 're.Match' object"))),
    }
}

impl PyMatch {
    fn ngroups(&self) -> usize {
        self.data.marks.len() / 2
    }

    /// The group number for an index or a group name (`match_getindex`).
    fn index(&self, vm: &Vm, key: Option<&PyRef>) -> PyResult<usize> {
        let Some(key) = key else { return Ok(0) };
        let is_index = crate::objects::longobject::as_int(key).is_some()
            || as_type(key.class()).slots.index.get().is_some();
        let i = if is_index {
            vm.index_isize(key)?
        } else {
            let p = pattern_of(&self.pattern);
            match p.groupindex.as_ref().and_then(as_dict) {
                Some(d) => match d.get_item(vm, key)? {
                    Some(v) if crate::objects::longobject::as_int(&v).is_some() => {
                        vm.index_isize(&v)?
                    }
                    _ => -1,
                },
                None => -1,
            }
        };
        if i < 0 || i as usize >= self.ngroups() {
            return Err(vm.new_index_error("no such group"));
        }
        Ok(i as usize)
    }

    fn span(&self, g: usize) -> (isize, isize) {
        (self.data.marks[2 * g], self.data.marks[2 * g + 1])
    }

    /// The text of group `g`, or `default` if it did not take part.
    fn slice(&self, vm: &Vm, g: usize, default: &PyRef) -> PyRef {
        let (a, b) = self.span(g);
        if a < 0 {
            return default.clone();
        }
        let len = subject::units(&self.string).map_or(0, |(u, _)| u.len());
        let (a, b) = ((a as usize).min(len), (b as usize).min(len));
        subject::slice(vm, &self.string, a, b)
    }

    fn group_of(&self, vm: &Vm, key: Option<&PyRef>) -> PyResult {
        let g = self.index(vm, key)?;
        Ok(self.slice(vm, g, &vm.none))
    }
}

fn match_group(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let me = self_match(vm, &args, "group")?;
    args.no_kwargs(vm, "group")?;
    let m = of(me);
    let keys = &args.positional()[1..];
    match keys.len() {
        0 => m.group_of(vm, None),
        1 => m.group_of(vm, Some(&keys[0])),
        _ => {
            let mut items = Vec::with_capacity(keys.len());
            for k in keys {
                items.push(m.group_of(vm, Some(k))?);
            }
            Ok(new_tuple(vm, items))
        }
    }
}

fn match_getitem(vm: &Vm, o: &PyRef, key: &PyRef) -> PyResult {
    of(o).group_of(vm, Some(key))
}

static GROUPS_SIG: Signature = Signature {
    name: "groups",
    params: &["default"],
    posonly: 0,
    positional: 1,
    required: 0,
};
static GROUPDICT_SIG: Signature = Signature {
    name: "groupdict",
    params: &["default"],
    posonly: 0,
    positional: 1,
    required: 0,
};

fn match_groups(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let me = self_match(vm, &args, "groups")?;
    let a = GROUPS_SIG.bind(vm, args.skip_first())?;
    let default = a[0].clone().unwrap_or_else(|| vm.none.clone());
    let m = of(me);
    let items = (1..m.ngroups()).map(|g| m.slice(vm, g, &default)).collect();
    Ok(new_tuple(vm, items))
}

fn match_groupdict(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let me = self_match(vm, &args, "groupdict")?;
    let a = GROUPDICT_SIG.bind(vm, args.skip_first())?;
    let default = a[0].clone().unwrap_or_else(|| vm.none.clone());
    let m = of(me);
    let out = PyDict::new_ref(vm);
    let d = as_dict(&out).expect("dict");
    if let Some(gi) = pattern_of(&m.pattern).groupindex.as_ref().and_then(as_dict) {
        for (k, _) in gi.items() {
            let g = m.index(vm, Some(&k))?;
            d.set_item(vm, k, m.slice(vm, g, &default))?;
        }
    }
    Ok(out)
}

fn group_arg<'a>(vm: &Vm, args: &CallArgs<'a>, name: &str) -> PyResult<Option<&'a PyRef>> {
    let a = args.check_method(vm, name, 0, 1)?;
    Ok(a.get(1))
}

fn match_start(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let me = self_match(vm, &args, "start")?;
    let m = of(me);
    let g = m.index(vm, group_arg(vm, &args, "start")?)?;
    Ok(new_int(vm, m.span(g).0 as i64))
}

fn match_end(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let me = self_match(vm, &args, "end")?;
    let m = of(me);
    let g = m.index(vm, group_arg(vm, &args, "end")?)?;
    Ok(new_int(vm, m.span(g).1 as i64))
}

fn pair(vm: &Vm, (a, b): (isize, isize)) -> PyRef {
    new_tuple(vm, vec![new_int(vm, a as i64), new_int(vm, b as i64)])
}

fn match_span(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let me = self_match(vm, &args, "span")?;
    let m = of(me);
    let g = m.index(vm, group_arg(vm, &args, "span")?)?;
    Ok(pair(vm, m.span(g)))
}

static EXPAND_SIG: Signature = Signature {
    name: "expand",
    params: &["template"],
    posonly: 0,
    positional: 1,
    required: 1,
};

fn match_expand(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let me = self_match(vm, &args, "expand")?;
    let a = EXPAND_SIG.bind(vm, args.skip_first())?;
    let re = crate::vm::import::import_module(vm, "re")?;
    let f = vm.getattr_str(&re, "_expand")?;
    vm.call_positional(
        &f,
        &[
            of(me).pattern.clone(),
            me.clone(),
            a[0].clone().expect("required"),
        ],
    )
}

fn match_copy(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "Match.__copy__", 0, 0)?;
    Ok(a[0].clone())
}

fn match_deepcopy(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "Match.__deepcopy__", 1, 1)?;
    Ok(a[0].clone())
}

fn match_repr(vm: &Vm, o: &PyRef) -> PyResult {
    let m = of(o);
    let g0 = m.slice(vm, 0, &vm.none);
    let r = vm.repr_string(&g0)?;
    let (a, b) = m.span(0);
    let s = format!(
        "<{} object; span=({a}, {b}), match={}>",
        class_name(o),
        super::pattern::truncate_chars(&r, 50)
    );
    Ok(new_str_object(vm, &s))
}

fn get_pos(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(new_int(vm, of(o).data.pos as i64))
}

fn get_endpos(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(new_int(vm, of(o).data.endpos as i64))
}

fn get_lastindex(vm: &Vm, o: &PyRef) -> PyResult {
    let li = of(o).data.lastindex;
    Ok(if li >= 0 {
        new_int(vm, li as i64)
    } else {
        vm.none.clone()
    })
}

fn get_lastgroup(vm: &Vm, o: &PyRef) -> PyResult {
    let m = of(o);
    let li = m.data.lastindex;
    if let Some(ig) = pattern_of(&m.pattern)
        .indexgroup
        .as_ref()
        .and_then(|t| tuple_items(t))
    {
        if li >= 0 && (li as usize) < ig.len() {
            return Ok(ig[li as usize].clone());
        }
    }
    Ok(vm.none.clone())
}

fn get_re(_: &Vm, o: &PyRef) -> PyResult {
    Ok(of(o).pattern.clone())
}

fn get_string(_: &Vm, o: &PyRef) -> PyResult {
    Ok(of(o).string.clone())
}

fn get_regs(vm: &Vm, o: &PyRef) -> PyResult {
    let m = of(o);
    if let Some(r) = m.regs.borrow().as_ref() {
        return Ok(r.clone());
    }
    let regs = new_tuple(vm, (0..m.ngroups()).map(|g| pair(vm, m.span(g))).collect());
    *m.regs.borrow_mut() = Some(regs.clone());
    Ok(regs)
}

/// Installs `re.Match`'s slots, methods and attributes.
pub fn init_type(vm: &Vm, t: &PyRef) {
    let s = &as_type(t).slots;
    s.repr.set(Some(match_repr));
    s.getitem.set(Some(match_getitem));
    crate::objects::typeslots::add_slot_wrappers(vm, t);
    add_methods(
        vm,
        t,
        &[
            MethodDef::new("group", match_group),
            MethodDef::new("groups", match_groups),
            MethodDef::new("groupdict", match_groupdict),
            MethodDef::new("start", match_start),
            MethodDef::new("end", match_end),
            MethodDef::new("span", match_span),
            MethodDef::new("expand", match_expand),
            MethodDef::new("__copy__", match_copy),
            MethodDef::new("__deepcopy__", match_deepcopy),
        ],
    );
    add_getsets(
        vm,
        t,
        &[
            GetSetDef::new("pos", get_pos),
            GetSetDef::new("endpos", get_endpos),
            GetSetDef::new("lastindex", get_lastindex),
            GetSetDef::new("lastgroup", get_lastgroup),
            GetSetDef::new("re", get_re),
            GetSetDef::new("string", get_string),
            GetSetDef::new("regs", get_regs),
        ],
    );
}
