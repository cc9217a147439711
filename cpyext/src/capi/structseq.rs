//! Struct sequences (`os.stat_result`-like named tuples): each is an oxpy
//! tuple subclass made by a small Python factory (the Python-visible part),
//! while `PyStructSequence_New` hands C tuple memory of the type to fill
//! with `PyStructSequence_SET_ITEM`, realized into an instance when it
//! crosses into Python.

use super::cstr;
use crate::ffi::{self, PyObject, PyTypeObject};
use crate::proxy;
use crate::runtime::vm;
use core_interp::objects::object::PyRef;
use core_interp::objects::unicodeobject::new_str_object;
use core_interp::vm::{PyResult, Vm};
use libc::c_int;
use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::OnceLock;

/// Builds the class: visible fields are tuple items, the rest attributes.
const FACTORY: &str = r#"
def make(full, doc, fields, n_seq):
    module, _, name = full.rpartition('.')
    n = len(fields)
    def __new__(cls, sequence=(), dict=None):
        seq = tuple(sequence)
        if len(seq) < n_seq:
            raise TypeError(f"{full}() takes an at least {n_seq}-sequence ({len(seq)}-sequence given)")
        if len(seq) > n:
            raise TypeError(f"{full}() takes an at most {n}-sequence ({len(seq)}-sequence given)")
        self = tuple.__new__(cls, seq[:n_seq])
        for i in range(n_seq, n):
            object.__setattr__(self, fields[i], seq[i] if i < len(seq) else (dict or {}).get(fields[i]))
        return self
    def __repr__(self):
        return full + "(" + ", ".join(f"{fields[i]}={self[i]!r}" for i in range(n_seq)) + ")"
    def __reduce__(self):
        extra = {fields[i]: getattr(self, fields[i]) for i in range(n_seq, n)}
        return (type(self), (tuple(self), extra))
    ns = {'__new__': __new__, '__repr__': __repr__, '__reduce__': __reduce__, '__module__': module or 'builtins',
          '__doc__': doc, 'n_sequence_fields': n_seq, 'n_fields': n, 'n_unnamed_fields': 0,
          '__match_args__': tuple(fields[:n_seq])}
    for i in range(n_seq):
        ns[fields[i]] = property(lambda self, i=i: self[i])
    return type(name, (tuple,), ns)
"#;

/// What C declared for a struct sequence type.
#[derive(Clone)]
pub struct Info {
    pub names: Vec<String>,
    pub visible: usize,
}

thread_local! {
    static INFO: RefCell<HashMap<usize, Info>> = RefCell::new(HashMap::new());
}

/// The fields of a struct sequence type (by its C pointer), if it is one.
pub fn info(tp: *mut PyTypeObject) -> Option<Info> {
    INFO.with(|m| m.borrow().get(&(tp as usize)).cloned())
}

struct Factory(PyRef);
// SAFETY: used only under the GIL.
unsafe impl Sync for Factory {}
// SAFETY: as above.
unsafe impl Send for Factory {}
static MAKE: OnceLock<Factory> = OnceLock::new();

fn factory(vm: &Vm) -> PyResult<PyRef> {
    if let Some(f) = MAKE.get() {
        return Ok(f.0.clone());
    }
    let globals = core_interp::objects::dictobject::PyDict::new_ref(vm);
    let g = globals
        .downcast_ref::<core_interp::objects::dictobject::PyDict>()
        .expect("dict");
    g.set_str(vm, "__builtins__", vm.builtins_module());
    core_interp::vm::pythonrun::run_source(vm, FACTORY, "<structseq>", &globals)?;
    let f = g.get_rust_str(vm, "make").expect("make");
    let _ = MAKE.set(Factory(f.clone()));
    Ok(f)
}

fn make_class(vm: &Vm, desc: *mut ffi::PyStructSequence_Desc) -> PyResult<(PyRef, Info)> {
    // SAFETY: a static descriptor with a NULL-name-terminated field array.
    let (full, doc, names, visible) = unsafe {
        let mut names = Vec::new();
        let mut f = (*desc).fields;
        while !(*f).name.is_null() {
            let n = if (*f).name == ffi::PyStructSequence_UnnamedField {
                "unnamed field".into()
            } else {
                cstr((*f).name)?.into_owned()
            };
            names.push(n);
            f = f.add(1);
        }
        let doc = if (*desc).doc.is_null() {
            None
        } else {
            Some(cstr((*desc).doc)?.into_owned())
        };
        (
            cstr((*desc).name)?.into_owned(),
            doc,
            names,
            (*desc).n_in_sequence as usize,
        )
    };
    let list: Vec<PyRef> = names.iter().map(|n| new_str_object(vm, n)).collect();
    let args = [
        new_str_object(vm, &full),
        doc.map_or_else(|| vm.none.clone(), |d| new_str_object(vm, &d)),
        core_interp::objects::tupleobject::new_tuple(vm, list),
        core_interp::objects::longobject::new_int(vm, visible as i64),
    ];
    let cls = vm.call_positional(&factory(vm)?, &args)?;
    cls.make_immortal();
    Ok((cls, Info { names, visible }))
}

capi! {
    api fn PyStructSequence_NewType(desc: *mut ffi::PyStructSequence_Desc) -> *mut PyTypeObject {
        let vm = vm();
        crate::types::init(vm);
        let (cls, info) = make_class(vm, desc)?;
        let tp = proxy::to_c(&cls) as *mut PyTypeObject;
        INFO.with(|m| m.borrow_mut().insert(tp as usize, info));
        proxy::incref(tp as *mut PyObject);
        Ok(tp)
    }
    api fn PyStructSequence_InitType2(tp: *mut PyTypeObject, desc: *mut ffi::PyStructSequence_Desc) -> c_int {
        let vm = vm();
        crate::types::init(vm);
        let (cls, info) = make_class(vm, desc)?;
        crate::types::adopt_static(tp, &cls);
        INFO.with(|m| m.borrow_mut().insert(tp as usize, info));
        Ok(0)
    }
    api fn PyStructSequence_InitType(tp: *mut PyTypeObject, desc: *mut ffi::PyStructSequence_Desc) {
        if PyStructSequence_InitType2(tp, desc) < 0 {
            return Err(crate::runtime::fetch_after_failure("PyStructSequence_InitType2"));
        }
        Ok(())
    }
    api fn PyStructSequence_New(tp: *mut PyTypeObject) -> *mut PyObject {
        let Some(info) = info(tp) else {
            return Err(vm().new_system_error("bad argument to internal function"));
        };
        let p = crate::layouts::new_tuple_memory(info.names.len());
        // SAFETY: fresh tuple memory: typed as the struct sequence, visible
        // size n_in_sequence (the hidden fields follow), owned by the caller.
        unsafe {
            (*p).ob_type = tp;
            (*p).ob_refcnt = 1;
            (*(p as *mut ffi::PyVarObject)).ob_size = info.visible as isize;
        }
        proxy::incref(tp as *mut PyObject);
        Ok(p)
    }
    api fn PyStructSequence_GetItem(o: *mut PyObject, i: isize) -> *mut PyObject {
        // SAFETY: a struct sequence's fields are tuple slots (visible or not).
        if proxy::link(o).obj().is_null() {
            return Ok(unsafe { *crate::layouts::tuple_item_ptr(o, i as usize) });
        }
        let vm = vm();
        let obj = proxy::from_c(o);
        // SAFETY: every proxy has a valid type.
        let info = info(unsafe { (*o).ob_type }).ok_or_else(|| vm.new_system_error("bad argument to internal function"))?;
        let item = if (i as usize) < info.visible {
            vm.getitem(&obj, &core_interp::objects::longobject::new_int(vm, i as i64))?
        } else {
            vm.getattr_str(&obj, &info.names[i as usize])?
        };
        // Borrowed: the item (or attribute) is owned by the object.
        Ok(proxy::to_c(&item))
    }
    api fn PyStructSequence_SetItem(o: *mut PyObject, i: isize, v: *mut PyObject) {
        // SAFETY: only valid on a struct sequence C is still filling.
        unsafe {
            let slot = crate::layouts::tuple_item_ptr(o, i as usize);
            let old = *slot;
            *slot = v;
            if !old.is_null() {
                proxy::decref(old);
            }
        }
        Ok(())
    }
}
