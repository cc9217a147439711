//! C functions and descriptors as oxpy objects: `PyMethodDef` rows become
//! `builtin_function_or_method` objects (module functions, bound methods)
//! and `method_descriptor`/`classmethod_descriptor`s on types; `PyMemberDef`
//! rows become `member_descriptor`s reading C memory, `PyGetSetDef` rows
//! `getset_descriptor`s calling the C getter and setter. Also the calling
//! conventions (`METH_NOARGS`, `O`, `VARARGS`, `KEYWORDS`, `FASTCALL`,
//! `METHOD`) and argument packing for C slots.

use crate::ffi;
use crate::proxy;
use crate::runtime::fetch_after_failure;
use core_interp::objects::descrobject::GetSetDef;
use core_interp::objects::object::{PyPayload, PyRef};
use core_interp::objects::typeobject::{as_type, class_name, is_subtype, new_builtin_type};
use core_interp::objects::unicodeobject::new_str_object;
use core_interp::vm::{CallArgs, PyResult, Vm};
use std::cell::RefCell;
use std::ffi::CStr;
use std::ptr::null_mut;
use std::sync::OnceLock;

/// The oxpy types of C callables and descriptors.
pub struct CTypes {
    pub function: PyRef,
    pub method: PyRef,
    pub class_method: PyRef,
    pub member: PyRef,
    pub getset: PyRef,
}

// SAFETY: type objects are immortal and only used under the GIL.
unsafe impl Sync for CTypes {}
// SAFETY: as above.
unsafe impl Send for CTypes {}

static TYPES: OnceLock<CTypes> = OnceLock::new();

/// The C callable and descriptor types (created on first use).
pub fn types(vm: &Vm) -> &'static CTypes {
    TYPES.get_or_init(|| make_types(vm))
}

/// A `PyMethodDef` bound to its `self` (module, instance or class).
pub struct CFunction {
    pub def: *const ffi::PyMethodDef,
    pub self_: Option<PyRef>,
    /// `__module__` (CPython's `m_module`: the module's name for module
    /// functions; writable).
    pub module: RefCell<Option<PyRef>>,
    /// The defining class, for `METH_METHOD`.
    pub class: Option<PyRef>,
}

impl PyPayload for CFunction {
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        for r in [&self.self_, &self.class].into_iter().flatten() {
            visit(r);
        }
        if let Some(m) = &*self.module.borrow() {
            visit(m);
        }
    }
}

/// A method, member or getset row of a C type.
pub struct CDescr {
    pub kind: DescrKind,
    pub owner: PyRef,
}

/// Which table row a [`CDescr`] stands for.
pub enum DescrKind {
    Method(*const ffi::PyMethodDef),
    Member(*const ffi::PyMemberDef),
    GetSet(*const ffi::PyGetSetDef),
}

impl PyPayload for CDescr {
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        visit(&self.owner);
    }
}

fn cstr(p: *const libc::c_char) -> String {
    if p.is_null() {
        return String::new();
    }
    // SAFETY: C strings in method tables are NUL-terminated and static.
    unsafe { CStr::from_ptr(p) }.to_string_lossy().into_owned()
}

fn def_name(def: *const ffi::PyMethodDef) -> String {
    // SAFETY: `def` is a row of a static method table.
    cstr(unsafe { (*def).ml_name })
}

fn doc_obj(vm: &Vm, doc: *const libc::c_char) -> PyRef {
    if doc.is_null() {
        return vm.none.clone();
    }
    let d = cstr(doc);
    // A leading `name(sig)\n--\n\n` is the text signature, not the doc.
    let d = match d.find(")\n--\n\n") {
        Some(i) => d[i + 6..].to_string(),
        None => d,
    };
    new_str_object(vm, &d)
}

/// `__reduce__` of a C function: module functions pickle by name, bound
/// methods as `getattr(self, name)`, as CPython's `meth_reduce`.
fn function_reduce(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "__reduce__", 0, 0)?;
    let f = cfunc(&a[0]);
    let name = new_str_object(vm, &def_name(f.def));
    match &f.self_ {
        Some(s)
            if s.downcast_ref::<core_interp::objects::moduleobject::PyModule>()
                .is_none() =>
        {
            let getattr = vm.getattr_str(&vm.builtins_module(), "getattr")?;
            let args = core_interp::objects::tupleobject::new_tuple(vm, vec![s.clone(), name]);
            Ok(core_interp::objects::tupleobject::new_tuple(
                vm,
                vec![getattr, args],
            ))
        }
        _ => Ok(name),
    }
}

fn make_types(vm: &Vm) -> CTypes {
    let object = &vm.types.object_type;
    let mk = |name: &str| {
        let t = new_builtin_type(vm, name, object, 0, None);
        t.make_immortal();
        t
    };
    let function = mk("builtin_function_or_method");
    let method = mk("method_descriptor");
    let class_method = mk("classmethod_descriptor");
    let member = mk("member_descriptor");
    let getset = mk("getset_descriptor");
    let fs = &as_type(&function).slots;
    fs.call.set(Some(function_call));
    fs.repr.set(Some(function_repr));
    core_interp::objects::descrobject::add_methods(
        vm,
        &function,
        &[core_interp::objects::methodobject::MethodDef::new(
            "__reduce__",
            function_reduce,
        )],
    );
    core_interp::objects::descrobject::add_getsets(
        vm,
        &function,
        &[
            GetSetDef::new("__name__", |vm, o| {
                Ok(new_str_object(vm, &def_name(cfunc(o).def)))
            }),
            GetSetDef::new("__qualname__", |vm, o| {
                let f = cfunc(o);
                let name = def_name(f.def);
                Ok(new_str_object(
                    vm,
                    &match &f.self_ {
                        Some(s) if !is_module(s) => {
                            // The type's __qualname__, as CPython.
                            let owner = if s
                                .downcast_ref::<core_interp::objects::typeobject::PyType>()
                                .is_some()
                            {
                                as_type(s).qualname.borrow().clone()
                            } else {
                                as_type(s.class()).qualname.borrow().clone()
                            };
                            format!("{owner}.{name}")
                        }
                        _ => name,
                    },
                ))
            }),
            GetSetDef::new("__doc__", |vm, o| Ok(doc_obj(vm, unsafe_doc(cfunc(o).def)))),
            GetSetDef::new("__self__", |vm, o| {
                Ok(cfunc(o).self_.clone().unwrap_or_else(|| vm.none.clone()))
            }),
            GetSetDef::new("__module__", |vm, o| {
                Ok(cfunc(o)
                    .module
                    .borrow()
                    .clone()
                    .unwrap_or_else(|| vm.none.clone()))
            })
            .with_setter(|vm, o, v| {
                let v = v.filter(|v| !vm.is_none(v)).cloned();
                crate::descr_layouts::set_m_module(o, v.as_ref());
                *cfunc(o).module.borrow_mut() = v;
                Ok(())
            }),
        ],
    );
    // Calls through `obj.name(...)` pass `obj` to the descriptor directly
    // instead of binding a method object first.
    as_type(&method).set_flag(core_interp::objects::typeobject::tpflags::METHOD_DESCRIPTOR);
    for t in [&method, &class_method] {
        let s = &as_type(t).slots;
        s.descr_get.set(Some(method_descr_get));
        s.call.set(Some(method_descr_call));
        s.repr.set(Some(descr_repr));
    }
    for t in [&member, &getset] {
        let s = &as_type(t).slots;
        s.descr_get.set(Some(data_descr_get));
        s.descr_set.set(Some(data_descr_set));
        s.repr.set(Some(descr_repr));
    }
    for t in [&method, &class_method, &member, &getset] {
        core_interp::objects::descrobject::add_getsets(
            vm,
            t,
            &[
                GetSetDef::new("__name__", |vm, o| Ok(new_str_object(vm, &descr_name(o)))),
                GetSetDef::new("__objclass__", |_, o| Ok(descr(o).owner.clone())),
                GetSetDef::new("__doc__", |vm, o| {
                    Ok(match descr(o).kind {
                        // SAFETY: rows of static tables.
                        DescrKind::Method(d) => doc_obj(vm, unsafe { (*d).ml_doc }),
                        DescrKind::Member(d) => doc_obj(vm, unsafe { (*d).doc }),
                        DescrKind::GetSet(d) => doc_obj(vm, unsafe { (*d).doc }),
                    })
                }),
            ],
        );
        core_interp::objects::typeslots::add_slot_wrappers(vm, t);
    }
    core_interp::objects::typeslots::add_slot_wrappers(vm, &function);
    CTypes {
        function,
        method,
        class_method,
        member,
        getset,
    }
}

fn unsafe_doc(def: *const ffi::PyMethodDef) -> *const libc::c_char {
    // SAFETY: a row of a static method table.
    unsafe { (*def).ml_doc }
}

fn cfunc(o: &PyRef) -> &CFunction {
    o.downcast_ref::<CFunction>()
        .expect("builtin_function_or_method")
}

fn descr(o: &PyRef) -> &CDescr {
    o.downcast_ref::<CDescr>().expect("C descriptor")
}

fn descr_name(o: &PyRef) -> String {
    match descr(o).kind {
        DescrKind::Method(d) => def_name(d),
        // SAFETY: rows of static tables.
        DescrKind::Member(d) => cstr(unsafe { (*d).name }),
        DescrKind::GetSet(d) => cstr(unsafe { (*d).name }),
    }
}

fn descr_repr(vm: &Vm, o: &PyRef) -> PyResult {
    let d = descr(o);
    let what = match d.kind {
        DescrKind::Method(_) => "method",
        DescrKind::Member(_) => "member",
        DescrKind::GetSet(_) => "attribute",
    };
    Ok(new_str_object(
        vm,
        &format!(
            "<{what} '{}' of '{}' objects>",
            descr_name(o),
            as_type(&d.owner).name()
        ),
    ))
}

fn function_repr(vm: &Vm, f: &PyRef) -> PyResult {
    let c = cfunc(f);
    let name = def_name(c.def);
    let s = match &c.self_ {
        Some(s) if !is_module(s) => format!(
            "<built-in method {name} of {} object at {:#x}>",
            class_name(s),
            s.id()
        ),
        _ => format!("<built-in function {name}>"),
    };
    Ok(new_str_object(vm, &s))
}

fn is_module(o: &PyRef) -> bool {
    o.downcast_ref::<core_interp::objects::moduleobject::PyModule>()
        .is_some()
}

/// A module function or bound method for `def`.
pub fn new_function(
    vm: &Vm,
    def: *const ffi::PyMethodDef,
    self_: Option<PyRef>,
    module: Option<PyRef>,
    class: Option<PyRef>,
) -> PyRef {
    PyRef::new(
        CFunction {
            def,
            self_,
            module: RefCell::new(module),
            class,
        },
        types(vm).function.clone(),
    )
}

fn function_call(vm: &Vm, f: &PyRef, args: CallArgs<'_>) -> PyResult {
    let c = cfunc(f);
    let self_ = c.self_.as_ref().map_or(null_mut(), proxy::to_c);
    call_def(vm, c.def, self_, c.class.as_ref(), args)
}

fn method_descr_get(vm: &Vm, d: &PyRef, obj: Option<&PyRef>, ty: Option<&PyRef>) -> PyResult {
    let de = descr(d);
    let DescrKind::Method(def) = de.kind else {
        unreachable!("method descriptor")
    };
    if d.class().is(&types(vm).class_method) {
        let cls = match (ty, obj) {
            (Some(t), _) => t.clone(),
            (None, Some(o)) => o.class().clone(),
            (None, None) => return Ok(d.clone()),
        };
        return Ok(new_function(
            vm,
            def,
            Some(cls),
            None,
            Some(de.owner.clone()),
        ));
    }
    match obj {
        Some(o) if !vm.is_none(o) => {
            check_owner(vm, d, o)?;
            Ok(new_function(
                vm,
                def,
                Some(o.clone()),
                None,
                Some(de.owner.clone()),
            ))
        }
        _ => Ok(d.clone()),
    }
}

fn check_owner(vm: &Vm, d: &PyRef, obj: &PyRef) -> PyResult<()> {
    let de = descr(d);
    if is_subtype(obj.class(), &de.owner) {
        return Ok(());
    }
    Err(vm.new_type_error(format!(
        "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
        descr_name(d),
        as_type(&de.owner).name(),
        class_name(obj)
    )))
}

fn method_descr_call(vm: &Vm, d: &PyRef, args: CallArgs<'_>) -> PyResult {
    let de = descr(d);
    let DescrKind::Method(def) = de.kind else {
        unreachable!("method descriptor")
    };
    let Some(first) = args.positional().first() else {
        return Err(vm.new_type_error(format!(
            "unbound method {}.{}() needs an argument",
            as_type(&de.owner).name(),
            def_name(def)
        )));
    };
    if !d.class().is(&types(vm).class_method) {
        check_owner(vm, d, first)?;
    }
    call_def(
        vm,
        def,
        proxy::to_c(first),
        Some(&de.owner),
        args.skip_first(),
    )
}

/// Calls a `PyMethodDef` with `self_` (a borrowed proxy or NULL) by its
/// calling convention.
pub fn call_def(
    vm: &Vm,
    def: *const ffi::PyMethodDef,
    self_: *mut ffi::PyObject,
    class: Option<&PyRef>,
    args: CallArgs<'_>,
) -> PyResult {
    // SAFETY: `def` is a row of a static method table; the function pointer's
    // real type is given by the flags (the C-API's contract).
    unsafe {
        let flags =
            (*def).ml_flags as u32 & !(ffi::METH_CLASS | ffi::METH_STATIC | ffi::METH_COEXIST);
        let meth = (*def).ml_meth.expect("ml_meth");
        // Only error messages need the name.
        let name = || display_name(vm, def, self_, class);
        let pos = args.positional();
        let in_c = crate::mirror::InC::enter();
        let r = match flags {
            f if f == ffi::METH_NOARGS => {
                if !args.args.is_empty() {
                    return Err(vm.new_type_error(format!(
                        "{}() takes no arguments ({} given)",
                        name(),
                        args.args.len()
                    )));
                }
                meth(self_, null_mut())
            }
            f if f == ffi::METH_O => {
                if args.has_kwargs() {
                    return Err(
                        vm.new_type_error(format!("{}() takes no keyword arguments", name()))
                    );
                }
                if pos.len() != 1 {
                    return Err(vm.new_type_error(format!(
                        "{}() takes exactly one argument ({} given)",
                        name(),
                        pos.len()
                    )));
                }
                meth(self_, proxy::to_c(&pos[0]))
            }
            f if f == ffi::METH_VARARGS => {
                if args.has_kwargs() {
                    return Err(vm.new_type_error(format!(
                        "{}() takes no keyword arguments",
                        def_name(def)
                    )));
                }
                let t = args_tuple(vm, pos);
                let r = meth(self_, t);
                proxy::decref(t);
                r
            }
            f if f == ffi::METH_VARARGS | ffi::METH_KEYWORDS => {
                let (t, k) = pack_call(vm, args);
                let m: ffi::PyCFunctionWithKeywords = std::mem::transmute(meth);
                let r = m.expect("fn")(self_, t, k);
                proxy::decref(t);
                if !k.is_null() {
                    proxy::decref(k);
                }
                r
            }
            f if f == ffi::METH_FASTCALL => {
                if args.has_kwargs() {
                    return Err(
                        vm.new_type_error(format!("{}() takes no keyword arguments", name()))
                    );
                }
                let v: Vec<*mut ffi::PyObject> = pos.iter().map(proxy::to_c).collect();
                let m: ffi::_PyCFunctionFast = std::mem::transmute(meth);
                m.expect("fn")(self_, v.as_ptr(), v.len() as isize)
            }
            f if f == ffi::METH_FASTCALL | ffi::METH_KEYWORDS
                || f == ffi::METH_METHOD | ffi::METH_FASTCALL | ffi::METH_KEYWORDS =>
            {
                let v: Vec<*mut ffi::PyObject> = args.args.iter().map(proxy::to_c).collect();
                let names = if args.kwnames.is_empty() {
                    null_mut()
                } else {
                    proxy::new_ref(core_interp::objects::tupleobject::new_tuple(
                        vm,
                        args.kwnames.to_vec(),
                    ))
                };
                let r = if f & ffi::METH_METHOD != 0 {
                    let m: ffi::PyCMethod = std::mem::transmute(meth);
                    let cls =
                        class.map_or(null_mut(), |c| proxy::to_c(c) as *mut ffi::PyTypeObject);
                    m.expect("fn")(self_, cls, v.as_ptr(), pos.len(), names)
                } else {
                    let m: ffi::_PyCFunctionFastWithKeywords = std::mem::transmute(meth);
                    m.expect("fn")(self_, v.as_ptr(), pos.len() as isize, names)
                };
                if !names.is_null() {
                    proxy::decref(names);
                }
                r
            }
            _ => return Err(vm.new_system_error(format!("{}() method: bad call flags", name()))),
        };
        drop(in_c);
        if r.is_null() {
            return Err(crate::runtime::take_error()
                .unwrap_or_else(|| vm.new_system_error("error return without exception set")));
        }
        if let Some(e) = crate::runtime::take_error() {
            proxy::decref(r);
            let se = vm.new_system_error(format!(
                "{}() returned a result with an exception set",
                name()
            ));
            let _ = vm.setattr_str(se.value(), "__cause__", e.into_value());
            return Err(se);
        }
        Ok(proxy::steal(r))
    }
}

/// How CPython names a C function in messages: `module.name` for module
/// functions, `Type.name` for methods.
fn display_name(
    vm: &Vm,
    def: *const ffi::PyMethodDef,
    self_: *mut ffi::PyObject,
    class: Option<&PyRef>,
) -> String {
    let name = def_name(def);
    if let Some(c) = class {
        return format!("{}.{name}", as_type(c).qualname.borrow());
    }
    if !self_.is_null() {
        let s = proxy::from_c(self_);
        if s.downcast_ref::<core_interp::objects::moduleobject::PyModule>()
            .is_some()
        {
            if let Ok(m) = vm
                .getattr_str(&s, "__name__")
                .and_then(|m| vm.str_string(&m))
            {
                return format!("{m}.{name}");
            }
        }
    }
    name
}

/// A new C reference to a tuple of `items` for C to read. It is C memory
/// like a tuple from `PyTuple_New`: an interpreter tuple is only made if
/// the tuple crosses back (e.g. C stores or returns it), so a call whose C
/// function only reads its arguments allocates one block.
fn args_tuple(vm: &Vm, items: &[PyRef]) -> *mut ffi::PyObject {
    if items.is_empty() {
        return proxy::new_ref(vm.empty_tuple.clone());
    }
    let t = crate::layouts::new_tuple_memory(items.len());
    // SAFETY: fresh tuple memory with `items.len()` slots; C owns the one
    // reference and each slot owns a reference to its item.
    unsafe {
        (*t).ob_refcnt = 1;
        for (i, it) in items.iter().enumerate() {
            *crate::layouts::tuple_item_ptr(t, i) = proxy::new_ref(it.clone());
        }
    }
    t
}

/// Positional arguments as a new tuple and keywords as a new dict (or NULL).
pub fn pack_call(vm: &Vm, args: CallArgs<'_>) -> (*mut ffi::PyObject, *mut ffi::PyObject) {
    let t = args_tuple(vm, args.positional());
    if !args.has_kwargs() {
        return (t, null_mut());
    }
    let d = core_interp::objects::dictobject::PyDict::new_ref(vm);
    let dd = d
        .downcast_ref::<core_interp::objects::dictobject::PyDict>()
        .unwrap();
    for (k, v) in args.kwargs() {
        dd.set_item(vm, k.clone(), v.clone()).expect("str keys");
    }
    (t, proxy::new_ref(d))
}

/// The reverse of [`pack_call`]: a tuple and optional dict from C as
/// vectorcall-style arguments and keyword names.
pub fn unpack_call(
    vm: &Vm,
    args: *mut ffi::PyObject,
    kw: *mut ffi::PyObject,
) -> PyResult<(Vec<PyRef>, Vec<PyRef>)> {
    let mut a = if args.is_null() {
        Vec::new()
    } else {
        vm.collect(&proxy::from_c(args))?
    };
    let mut names = Vec::new();
    if !kw.is_null() {
        let d = proxy::from_c(kw);
        if let Some(dd) = d.downcast_ref::<core_interp::objects::dictobject::PyDict>() {
            for (k, v) in dd.items() {
                names.push(k);
                a.push(v);
            }
        }
    }
    Ok((a, names))
}

fn data_descr_get(vm: &Vm, d: &PyRef, obj: Option<&PyRef>, _ty: Option<&PyRef>) -> PyResult {
    let Some(obj) = obj.filter(|o| !vm.is_none(o)) else {
        return Ok(d.clone());
    };
    check_owner(vm, d, obj)?;
    let p = proxy::to_c(obj);
    match descr(d).kind {
        DescrKind::Member(m) => crate::capi::structmember::member_get(vm, p, m),
        DescrKind::GetSet(g) => {
            // SAFETY: a row of a static getset table.
            let Some(get) = (unsafe { (*g).get }) else {
                return Err(vm.new_attribute_error(format!(
                    "attribute '{}' of '{}' objects is not readable",
                    descr_name(d),
                    class_name(obj)
                )));
            };
            // SAFETY: as above.
            // SAFETY: calling the C getter with a live instance.
            let r = unsafe { get(p, (*g).closure) };
            if r.is_null() {
                return Err(fetch_after_failure("getter"));
            }
            Ok(proxy::steal(r))
        }
        DescrKind::Method(_) => unreachable!("data descriptor"),
    }
}

fn data_descr_set(vm: &Vm, d: &PyRef, obj: &PyRef, value: Option<&PyRef>) -> PyResult<()> {
    check_owner(vm, d, obj)?;
    let p = proxy::to_c(obj);
    match descr(d).kind {
        DescrKind::Member(m) => crate::capi::structmember::member_set(vm, p, m, value),
        DescrKind::GetSet(g) => {
            // SAFETY: a row of a static getset table.
            let Some(set) = (unsafe { (*g).set }) else {
                return Err(vm.new_attribute_error(format!(
                    "attribute '{}' of '{}' objects is not writable",
                    descr_name(d),
                    class_name(obj)
                )));
            };
            // SAFETY: as above.
            // SAFETY: calling the C setter with a live instance.
            if unsafe { set(p, value.map_or(null_mut(), proxy::to_c), (*g).closure) } < 0 {
                return Err(fetch_after_failure("setter"));
            }
            Ok(())
        }
        DescrKind::Method(_) => unreachable!("data descriptor"),
    }
}

/// Adds a C type's `tp_methods`, `tp_members` and `tp_getset` to its namespace.
pub fn add_type_members(vm: &Vm, ty: &PyRef, tp: *mut ffi::PyTypeObject) -> PyResult<()> {
    let ns = as_type(ty).namespace();
    let ct = types(vm);
    // SAFETY: the tables are NULL or NULL-name-terminated static arrays.
    unsafe {
        let mut m = (*tp).tp_methods;
        while !m.is_null() && !(*m).ml_name.is_null() {
            let name = def_name(m);
            let flags = (*m).ml_flags as u32;
            let d = if flags & ffi::METH_STATIC != 0 {
                let f = new_function(vm, m, None, None, None);
                vm.call_positional(&vm.types.staticmethod_type, &[f])?
            } else {
                let kind = if flags & ffi::METH_CLASS != 0 {
                    &ct.class_method
                } else {
                    &ct.method
                };
                PyRef::new(
                    CDescr {
                        kind: DescrKind::Method(m),
                        owner: ty.clone(),
                    },
                    kind.clone(),
                )
            };
            if flags & ffi::METH_COEXIST != 0 || ns.get_rust_str(vm, &name).is_none() {
                ns.set_str(vm, &name, d);
            }
            m = m.add(1);
        }
        let mut mb = (*tp).tp_members;
        while !mb.is_null() && !(*mb).name.is_null() {
            let name = cstr((*mb).name);
            if name != "__dictoffset__"
                && name != "__weaklistoffset__"
                && name != "__vectorcalloffset__"
            {
                ns.set_str(
                    vm,
                    &name,
                    PyRef::new(
                        CDescr {
                            kind: DescrKind::Member(mb),
                            owner: ty.clone(),
                        },
                        ct.member.clone(),
                    ),
                );
            }
            mb = mb.add(1);
        }
        let mut g = (*tp).tp_getset;
        while !g.is_null() && !(*g).name.is_null() {
            let name = cstr((*g).name);
            ns.set_str(
                vm,
                &name,
                PyRef::new(
                    CDescr {
                        kind: DescrKind::GetSet(g),
                        owner: ty.clone(),
                    },
                    ct.getset.clone(),
                ),
            );
            g = g.add(1);
        }
        if ns.get_rust_str(vm, "__doc__").is_none() {
            ns.set_str(vm, "__doc__", doc_obj(vm, (*tp).tp_doc));
        }
    }
    Ok(())
}
