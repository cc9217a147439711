//! `code`: a compiled body plus its constants materialized as objects.

use super::object::{PyPayload, PyRef};
use crate::compile::bytecode::{CodeObject, Constant};
use crate::vm::{CallArgs, PyResult, Vm};
use std::cell::Cell;
use std::sync::Arc;

/// The payload of code objects.
pub struct PyCode {
    pub code: Arc<CodeObject>,
    /// `consts` as objects, index-parallel to `code.consts`.
    pub consts: Vec<PyRef>,
    /// `names` as interned str objects.
    pub names: Vec<PyRef>,
    /// `varnames` as interned str objects.
    pub varnames: Vec<PyRef>,
    /// `cellvars` then `freevars` as interned str objects.
    pub cell_names: Vec<PyRef>,
    /// Per-instruction cache of `LoadGlobal` results, valid while the
    /// globals and builtins dicts keep the recorded versions.
    pub global_cache: Box<[std::cell::RefCell<Option<GlobalCacheEntry>>]>,
    /// Per-instruction cache of `LoadAttr`/`StoreAttr`/`LoadMethod`
    /// (see `vm/attr_cache.rs`).
    pub attr_cache: Box<[AttrCacheEntry]>,
    /// `co_filename` once `_imp._fix_co_filename` renamed it (the compiled
    /// `code` keeps the name it was compiled under).
    pub renamed_file: std::cell::RefCell<Option<Arc<str>>>,
    /// False when `code.replace()` gave constants marshal cannot write
    /// (then `code.consts` does not mirror `consts`).
    pub marshallable: bool,
    /// `co_stacksize` as given to `replace()` (the VM sizes stacks by
    /// `code.max_stack`, which the instructions need).
    pub stacksize: u32,
}

impl PyCode {
    /// `co_filename`.
    pub fn filename(&self) -> Arc<str> {
        match &*self.renamed_file.borrow() {
            Some(f) => f.clone(),
            None => self.code.filename.clone(),
        }
    }
}

/// Where an attribute access found its value last time, valid while the
/// object's type is the same type object with the same version tag.
#[derive(Default)]
pub struct AttrCacheEntry {
    /// Address of the type object (0: empty entry).
    pub ty: Cell<usize>,
    /// The type's version tag when the entry was filled (never reused).
    pub version: Cell<u64>,
    /// What `index` means (`vm::attr_cache::Kind`).
    pub kind: Cell<u8>,
    /// Position in the instance dict, or `__slots__` index.
    pub index: Cell<u32>,
    /// The method found on the type (`LoadMethod`).
    pub descr: Cell<Option<PyRef>>,
    /// Entries for further types once the instruction saw several
    /// (polymorphic sites, e.g. a base class method run on subclasses).
    pub more: std::cell::OnceCell<Box<[AttrCacheEntry; 3]>>,
    /// Which of `more` a new type replaces next when all are taken.
    pub next: Cell<u8>,
}

impl AttrCacheEntry {
    /// This entry and its extra ones.
    pub fn all(&self) -> impl Iterator<Item = &AttrCacheEntry> {
        std::iter::once(self).chain(self.more.get().into_iter().flat_map(|m| m.iter()))
    }
}

/// A cached `LoadGlobal` result.
pub struct GlobalCacheEntry {
    pub globals_version: u64,
    pub builtins_version: u64,
    pub value: PyRef,
}

impl PyPayload for PyCode {
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        self.consts.iter().for_each(&mut *visit);
        for e in self.attr_cache.iter().flat_map(|e| e.all()) {
            let d = e.descr.take();
            if let Some(d) = &d {
                visit(d);
            }
            e.descr.set(d);
        }
    }
}

/// Wraps a compiled code object, materializing its constants.
pub fn new_code(vm: &Vm, code: Arc<CodeObject>) -> PyRef {
    let consts = code
        .consts
        .iter()
        .map(|c| constant_to_object(vm, c))
        .collect();
    let stacksize = code.max_stack;
    assemble(vm, code, consts, true, stacksize)
}

/// The code object for `code` run with the constant objects `consts`.
pub fn assemble(
    vm: &Vm,
    code: Arc<CodeObject>,
    consts: Vec<PyRef>,
    marshallable: bool,
    stacksize: u32,
) -> PyRef {
    let names = code.names.iter().map(|n| vm.intern(n)).collect();
    let varnames = code.varnames.iter().map(|n| vm.intern(n)).collect();
    let cell_names = code
        .cellvars
        .iter()
        .chain(code.freevars.iter())
        .map(|n| vm.intern(n))
        .collect();
    let global_cache = code
        .instructions
        .iter()
        .map(|_| std::cell::RefCell::new(None))
        .collect();
    let attr_cache = code
        .instructions
        .iter()
        .map(|_| AttrCacheEntry::default())
        .collect();
    PyRef::new(
        PyCode {
            code,
            consts,
            names,
            varnames,
            cell_names,
            global_cache,
            attr_cache,
            renamed_file: std::cell::RefCell::new(None),
            marshallable,
            stacksize,
        },
        vm.types.code_type.clone(),
    )
}

/// Builds the object for a compile-time constant.
pub fn constant_to_object(vm: &Vm, c: &Constant) -> PyRef {
    use super::{complexobject, floatobject, longobject, tupleobject, unicodeobject};
    match c {
        Constant::None => vm.none.clone(),
        Constant::Ellipsis => vm.ellipsis.clone(),
        Constant::Bool(b) => vm.bool_obj(*b),
        Constant::Int(i) => longobject::new_bigint(vm, i.clone()),
        Constant::Float(f) => floatobject::new_float(vm, *f),
        Constant::Complex { real, imag } => complexobject::new_complex(vm, *real, *imag),
        Constant::Str(s) => vm.intern(s),
        Constant::StrCodePoints(cps) => PyRef::new(
            unicodeobject::PyStr::from_code_points(cps),
            vm.types.str_type.clone(),
        ),
        Constant::Bytes(b) => super::bytesobject::new_bytes(vm, b.to_vec()),
        Constant::Tuple(items) => tupleobject::new_tuple(
            vm,
            items.iter().map(|c| constant_to_object(vm, c)).collect(),
        ),
        Constant::FrozenSet(items) => {
            // CPython builds the constant, then its constant-merging pass
            // rebuilds it from the first one's iteration order: do the same
            // so the resulting set iterates in CPython's order.
            let items: Vec<PyRef> = items.iter().map(|c| constant_to_object(vm, c)).collect();
            let first = super::setobject::new_frozenset(vm, items)
                .expect("constant frozenset items are hashable");
            let order = super::setobject::as_set(&first).expect("frozenset").items();
            super::setobject::new_frozenset(vm, order)
                .expect("constant frozenset items are hashable")
        }
        Constant::Code(code) => new_code(vm, code.clone()),
    }
}

pub fn code_of(o: &PyRef) -> &PyCode {
    o.downcast_ref::<PyCode>().expect("code")
}

fn str_tuple(vm: &Vm, names: &[std::sync::Arc<str>]) -> PyRef {
    super::tupleobject::new_tuple(vm, names.iter().map(|n| vm.intern(n)).collect())
}

/// `code.co_positions()`: (line, end line, column, end column) of each
/// instruction, all None where the compiler recorded no location.
fn co_positions(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    use super::longobject::new_int;
    let a = args.check_positional(vm, "co_positions", 1, 1)?;
    let int = |v: u32| new_int(vm, v as i64);
    let rows = code_of(&a[0])
        .code
        .positions
        .iter()
        .map(|p| {
            let fields = if p.line == 0 {
                vec![vm.none.clone(); 4]
            } else {
                vec![int(p.line), int(p.end_line), int(p.col), int(p.end_col)]
            };
            super::tupleobject::new_tuple(vm, fields)
        })
        .collect();
    Ok(super::iterobject::new_seq_iterator(
        vm,
        super::tupleobject::new_tuple(vm, rows),
    ))
}

/// `code.co_lines()`: (start, end, line) byte-offset ranges of consecutive
/// instructions on one line (line None where there is none), as PEP 626 says.
fn co_lines(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    use super::longobject::new_int;
    let a = args.check_positional(vm, "co_lines", 1, 1)?;
    let positions = &code_of(&a[0]).code.positions;
    let mut rows = Vec::new();
    let mut start = 0;
    for i in 1..=positions.len() {
        if i == positions.len() || positions[i].line != positions[start].line {
            let line = match positions[start].line {
                0 => vm.none.clone(),
                n => new_int(vm, n as i64),
            };
            let range = vec![
                new_int(vm, 2 * start as i64),
                new_int(vm, 2 * i as i64),
                line,
            ];
            rows.push(super::tupleobject::new_tuple(vm, range));
            start = i;
        }
    }
    Ok(super::iterobject::new_seq_iterator(
        vm,
        super::tupleobject::new_tuple(vm, rows),
    ))
}

/// Installs code's attributes.
pub fn init(vm: &Vm) {
    super::descrobject::add_methods(
        vm,
        &vm.types.code_type,
        &[
            super::methodobject::MethodDef::new("co_positions", co_positions),
            super::methodobject::MethodDef::new("co_lines", co_lines),
            super::methodobject::MethodDef::new("replace", super::codeobject_new::code_replace),
        ],
    );
    {
        let slots = &super::typeobject::as_type(&vm.types.code_type).slots;
        slots.new.set(Some(super::codeobject_new::code_new));
        slots
            .richcompare
            .set(Some(super::codeobject_new::code_richcompare));
        slots.hash.set(Some(super::codeobject_new::code_hash));
    }
    use super::descrobject::{add_getsets, GetSetDef};
    use super::longobject::new_int;
    let t = &vm.types.code_type;
    super::typeobject::as_type(t).slots.repr.set(Some(|vm, o| {
        let c = &code_of(o).code;
        Ok(super::unicodeobject::new_str_object(
            vm,
            &format!(
                "<code object {} at {:#x}, file \"{}\", line {}>",
                c.name,
                o.id(),
                code_of(o).filename(),
                c.first_line
            ),
        ))
    }));
    add_getsets(
        vm,
        t,
        &[
            GetSetDef::new("co_name", |vm, o| Ok(vm.intern(&code_of(o).code.name))),
            GetSetDef::new("co_qualname", |vm, o| {
                Ok(vm.intern(&code_of(o).code.qualname))
            }),
            GetSetDef::new("co_filename", |vm, o| Ok(vm.intern(&code_of(o).filename()))),
            GetSetDef::new("co_code", |vm, o| {
                let c = code_of(o);
                let b = super::code_bytes::encode(&c.code, &c.consts);
                Ok(super::bytesobject::new_bytes(vm, b))
            }),
            GetSetDef::new("co_linetable", |vm, o| {
                let c = &code_of(o).code;
                let b = super::code_tables::encode_linetable(c.first_line, &c.positions);
                Ok(super::bytesobject::new_bytes(vm, b))
            }),
            GetSetDef::new("co_exceptiontable", |vm, o| {
                let b = super::code_tables::encode_exceptiontable(&code_of(o).code.exception_table);
                Ok(super::bytesobject::new_bytes(vm, b))
            }),
            GetSetDef::new("co_firstlineno", |vm, o| {
                Ok(new_int(vm, code_of(o).code.first_line as i64))
            }),
            GetSetDef::new("co_argcount", |vm, o| {
                Ok(new_int(vm, code_of(o).code.argcount as i64))
            }),
            GetSetDef::new("co_posonlyargcount", |vm, o| {
                Ok(new_int(vm, code_of(o).code.posonlyargcount as i64))
            }),
            GetSetDef::new("co_kwonlyargcount", |vm, o| {
                Ok(new_int(vm, code_of(o).code.kwonlyargcount as i64))
            }),
            GetSetDef::new("co_nlocals", |vm, o| {
                Ok(new_int(vm, code_of(o).code.varnames.len() as i64))
            }),
            GetSetDef::new("co_flags", |vm, o| {
                Ok(new_int(vm, code_of(o).code.flags as i64))
            }),
            GetSetDef::new("co_stacksize", |vm, o| {
                Ok(new_int(vm, code_of(o).stacksize as i64))
            }),
            GetSetDef::new("co_varnames", |vm, o| {
                Ok(str_tuple(vm, &code_of(o).code.varnames))
            }),
            GetSetDef::new("co_cellvars", |vm, o| {
                Ok(str_tuple(vm, &code_of(o).code.cellvars))
            }),
            GetSetDef::new("co_freevars", |vm, o| {
                Ok(str_tuple(vm, &code_of(o).code.freevars))
            }),
            GetSetDef::new("co_names", |vm, o| {
                Ok(str_tuple(vm, &code_of(o).code.names))
            }),
            GetSetDef::new("co_consts", |vm, o| {
                Ok(super::tupleobject::new_tuple(vm, code_of(o).consts.clone()))
            }),
        ],
    );
}
