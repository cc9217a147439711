//! Struct sequences (CPython's `Objects/structseq.c`): tuple subclasses whose
//! items also have names (`os.stat_result`, `sys.flags`, `time.struct_time`…).
//! The first `n_sequence_fields` values are the tuple's items; the remaining
//! named fields are attributes only, kept in the instance `__dict__`.

use super::descrobject::add_methods;
use super::dictobject::PyDict;
use super::methodobject::MethodDef;
use super::object::{PyPayload, PyRef};
use super::tupleobject::{new_tuple, tuple_items, PyTuple};
use super::typeobject::{as_type, new_builtin_type, tpflags};
use super::unicodeobject::new_str_object;
use crate::vm::{CallArgs, PyResult, Vm};
use std::sync::OnceLock;

/// The payload of a struct sequence's field descriptors: item `index`.
pub struct StructSeqField {
    pub index: usize,
}

impl PyPayload for StructSeqField {}

static FIELD_TYPE: OnceLock<PyRef> = OnceLock::new();

fn field_type(vm: &Vm) -> &'static PyRef {
    FIELD_TYPE.get_or_init(|| {
        let t = new_builtin_type(vm, "member_descriptor", &vm.types.object_type, 0, None);
        as_type(&t).slots.descr_get.set(Some(|vm, descr, obj, _ty| {
            let Some(obj) = obj else {
                return Ok(descr.clone());
            };
            let f = descr
                .downcast_ref::<StructSeqField>()
                .expect("structseq field");
            match tuple_items(obj).and_then(|items| items.get(f.index)) {
                Some(v) => Ok(v.clone()),
                None => Ok(vm.none.clone()),
            }
        }));
        t
    })
}

/// Declares a struct sequence type: `name` is the dotted `tp_name`
/// (`"os.stat_result"`), `fields` every field in order (`""` for an unnamed
/// one, reachable by index only), the first `n_in_sequence` of which are
/// tuple items.
pub struct StructSeqDesc {
    pub name: &'static str,
    pub fields: &'static [&'static str],
    pub n_in_sequence: usize,
}

fn ints(vm: &Vm, ty: &PyRef, name: &str) -> usize {
    as_type(ty)
        .namespace()
        .get_rust_str(vm, name)
        .and_then(|v| super::longobject::int_to_i64(&v))
        .unwrap_or(0) as usize
}

fn field_names(vm: &Vm, ty: &PyRef) -> Vec<String> {
    match as_type(ty).namespace().get_rust_str(vm, "_oxpy_fields") {
        Some(t) => tuple_items(&t)
            .unwrap_or(&[])
            .iter()
            .map(|s| vm.str_string(s).unwrap_or_default())
            .collect(),
        None => Vec::new(),
    }
}

/// Builds an instance of struct sequence type `ty` from all its field values.
pub fn new_structseq(vm: &Vm, ty: &PyRef, values: Vec<PyRef>) -> PyRef {
    let n_seq = ints(vm, ty, "n_sequence_fields");
    let names = field_names(vm, ty);
    let mut values = values;
    let extra: Vec<PyRef> = if values.len() > n_seq {
        values.split_off(n_seq)
    } else {
        Vec::new()
    };
    let obj = PyRef::new(
        PyTuple {
            items: values.into_boxed_slice(),
        },
        ty.clone(),
    );
    if !extra.is_empty() {
        let d = PyDict::new_ref(vm);
        let dd = d.downcast_ref::<PyDict>().expect("dict");
        for (n, v) in names.iter().skip(n_seq).zip(extra) {
            if !n.is_empty() {
                dd.set_str(vm, n, v);
            }
        }
        obj.set_dict(Some(d));
    }
    obj
}

fn structseq_new(vm: &Vm, cls: &PyRef, args: CallArgs<'_>) -> PyResult {
    let sig = crate::vm::Signature {
        name: "structseq",
        params: &["sequence", "dict"],
        posonly: 0,
        positional: 2,
        required: 1,
    };
    let a = sig.bind(vm, args)?;
    let items = vm.collect(a[0].as_ref().expect("required"))?;
    let n_seq = ints(vm, cls, "n_sequence_fields");
    let n_fields = ints(vm, cls, "n_fields");
    let name = as_type(cls)
        .namespace()
        .get_rust_str(vm, "_oxpy_tp_name")
        .map(|n| vm.str_string(&n).unwrap_or_default())
        .unwrap_or_default();
    let len = items.len();
    if len < n_seq {
        let how = if n_seq == n_fields { "" } else { "at least " };
        return Err(vm.new_type_error(format!(
            "{name}() takes {how}a {n_seq}-sequence ({len}-sequence given)"
        )));
    }
    if len > n_fields {
        let how = if n_seq == n_fields { "" } else { "at most " };
        return Err(vm.new_type_error(format!(
            "{name}() takes {how}a {n_fields}-sequence ({len}-sequence given)"
        )));
    }
    let names = field_names(vm, cls);
    let dict = a[1].clone().filter(|d| !vm.is_none(d));
    let mut values = items;
    for n in names.iter().take(n_fields).skip(len) {
        let v = match &dict {
            Some(d) => vm.call_method(d, "get", &[new_str_object(vm, n)])?,
            None => vm.none.clone(),
        };
        values.push(v);
    }
    Ok(new_structseq(vm, cls, values))
}

fn structseq_repr(vm: &Vm, o: &PyRef) -> PyResult {
    let ty = o.class();
    let name = as_type(ty)
        .namespace()
        .get_rust_str(vm, "_oxpy_tp_name")
        .map(|n| vm.str_string(&n).unwrap_or_default())
        .unwrap_or_default();
    let names: Vec<String> = field_names(vm, ty)
        .into_iter()
        .filter(|n| !n.is_empty())
        .collect();
    let items = tuple_items(o).expect("tuple");
    let mut parts = Vec::with_capacity(items.len());
    for (n, v) in names.iter().zip(items) {
        parts.push(format!("{n}={}", vm.repr_string(v)?));
    }
    Ok(new_str_object(vm, &format!("{name}({})", parts.join(", "))))
}

fn structseq_reduce(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "__reduce__", 1, 1)?;
    let o = &a[0];
    let items = tuple_items(o).expect("tuple").to_vec();
    let d = PyDict::new_ref(vm);
    if let Some(own) = o.dict() {
        for (k, v) in own.downcast_ref::<PyDict>().expect("dict").items() {
            d.downcast_ref::<PyDict>()
                .expect("dict")
                .set_item(vm, k, v)?;
        }
    }
    let state = new_tuple(vm, vec![new_tuple(vm, items), d]);
    Ok(new_tuple(vm, vec![o.class().clone(), state]))
}

/// Creates a struct sequence type from its description.
pub fn new_structseq_type(vm: &Vm, desc: &StructSeqDesc) -> PyRef {
    let (module, short) = match desc.name.rsplit_once('.') {
        Some((m, s)) => (m, s),
        None => ("builtins", desc.name),
    };
    let ty = new_builtin_type(vm, short, &vm.types.tuple_type, tpflags::HAS_DICT, None);
    let t = as_type(&ty);
    t.slots.new.set(Some(structseq_new));
    t.slots.repr.set(Some(structseq_repr));
    let ns = t.namespace();
    ns.set_str(vm, "__module__", new_str_object(vm, module));
    ns.set_str(vm, "_oxpy_tp_name", new_str_object(vm, desc.name));
    let names: Vec<PyRef> = desc.fields.iter().map(|f| vm.intern(f)).collect();
    ns.set_str(vm, "_oxpy_fields", new_tuple(vm, names));
    let match_args: Vec<PyRef> = desc
        .fields
        .iter()
        .take(desc.n_in_sequence)
        .filter(|f| !f.is_empty())
        .map(|f| vm.intern(f))
        .collect();
    ns.set_str(vm, "__match_args__", new_tuple(vm, match_args));
    ns.set_str(
        vm,
        "n_sequence_fields",
        super::longobject::new_int(vm, desc.n_in_sequence as i64),
    );
    ns.set_str(
        vm,
        "n_fields",
        super::longobject::new_int(vm, desc.fields.len() as i64),
    );
    let unnamed = desc.fields.iter().filter(|f| f.is_empty()).count();
    ns.set_str(
        vm,
        "n_unnamed_fields",
        super::longobject::new_int(vm, unnamed as i64),
    );
    for (i, f) in desc
        .fields
        .iter()
        .enumerate()
        .take(desc.n_in_sequence)
        .filter(|(_, f)| !f.is_empty())
    {
        ns.set_str(
            vm,
            f,
            PyRef::new(StructSeqField { index: i }, field_type(vm).clone()),
        );
    }
    add_methods(vm, &ty, &[MethodDef::new("__reduce__", structseq_reduce)]);
    super::typeslots::add_slot_wrappers(vm, &ty);
    super::typeobject_new::add_new_wrapper(vm, &ty);
    ty
}
