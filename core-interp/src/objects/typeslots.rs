//! The slot table: each type's `tp_*`/`nb_*`/`sq_*`/`mp_*` function pointers,
//! the one table mapping dunder names to slots, the generic slot functions
//! that call a Python class's dunder methods, and the wrapper descriptors that
//! expose a built-in type's Rust slots as `int.__add__` & co.

use super::object::{PyPayload, PyRef};
use super::typeobject::{as_type, PyType};
use crate::compile::bytecode::CompareOperator;
use crate::vm::{CallArgs, PyResult, Vm};
use std::cell::Cell;

pub type NewFn = fn(&Vm, &PyRef, CallArgs<'_>) -> PyResult;
pub type InitFn = fn(&Vm, &PyRef, CallArgs<'_>) -> PyResult<()>;
pub type CallFn = fn(&Vm, &PyRef, CallArgs<'_>) -> PyResult;
pub type UnaryFn = fn(&Vm, &PyRef) -> PyResult;
pub type BinaryFn = fn(&Vm, &PyRef, &PyRef) -> PyResult;
pub type TernaryFn = fn(&Vm, &PyRef, &PyRef, &PyRef) -> PyResult;
pub type GetattroFn = fn(&Vm, &PyRef, &PyRef) -> PyResult;
pub type SetattroFn = fn(&Vm, &PyRef, &PyRef, Option<&PyRef>) -> PyResult<()>;
pub type RichcmpFn = fn(&Vm, &PyRef, &PyRef, CompareOperator) -> PyResult;
pub type HashFn = fn(&Vm, &PyRef) -> PyResult<isize>;
pub type LenFn = fn(&Vm, &PyRef) -> PyResult<usize>;
pub type InquiryFn = fn(&Vm, &PyRef) -> PyResult<bool>;
/// `__next__`: `Ok(None)` means exhausted (no StopIteration object needed).
pub type IterNextFn = fn(&Vm, &PyRef) -> PyResult<Option<PyRef>>;
/// `__get__(descr, obj, type)`.
pub type DescrGetFn = fn(&Vm, &PyRef, Option<&PyRef>, Option<&PyRef>) -> PyResult;
/// `__set__`/`__delete__`: `value` None deletes.
pub type DescrSetFn = fn(&Vm, &PyRef, &PyRef, Option<&PyRef>) -> PyResult<()>;
/// `__setitem__`/`__delitem__`: `value` None deletes.
pub type SetItemFn = fn(&Vm, &PyRef, &PyRef, Option<&PyRef>) -> PyResult<()>;
pub type ContainsFn = fn(&Vm, &PyRef, &PyRef) -> PyResult<bool>;
/// `bf_getbuffer`: exports the object's memory with `PyBUF_*` flags (see `buffer.rs`).
pub type GetBufferFn = fn(&Vm, &PyRef, u32) -> PyResult<super::buffer::PyBuffer>;
/// `bf_releasebuffer`: the exporter's side of dropping a `PyBuffer`.
pub type ReleaseBufferFn = fn(&PyRef, &super::buffer::PyBuffer);

macro_rules! slot_table {
    ($($field:ident : $ty:ty,)*) => {
        /// A type's slots. `None` means the type does not support the operation.
        #[derive(Default)]
        pub struct TypeSlots { $(pub $field: Cell<Option<$ty>>,)* }

        impl TypeSlots {
            /// Copies every slot of `base` (used when a type is created).
            pub fn inherit_from(&self, base: &TypeSlots) {
                $(self.$field.set(base.$field.get());)*
            }

            /// Copies the slots of `base` this table does not set itself.
            pub fn inherit_missing(&self, base: &TypeSlots) {
                $(if self.$field.get().is_none() { self.$field.set(base.$field.get()); })*
            }
        }
    };
}

slot_table! {
    new: NewFn,
    init: InitFn,
    call: CallFn,
    repr: UnaryFn,
    str: UnaryFn,
    hash: HashFn,
    richcompare: RichcmpFn,
    getattro: GetattroFn,
    setattro: SetattroFn,
    iter: UnaryFn,
    iternext: IterNextFn,
    descr_get: DescrGetFn,
    descr_set: DescrSetFn,
    len: LenFn,
    getitem: BinaryFn,
    setitem: SetItemFn,
    contains: ContainsFn,
    bool: InquiryFn,
    add: BinaryFn,
    subtract: BinaryFn,
    multiply: BinaryFn,
    matrix_multiply: BinaryFn,
    true_divide: BinaryFn,
    floor_divide: BinaryFn,
    remainder: BinaryFn,
    divmod: BinaryFn,
    power: TernaryFn,
    lshift: BinaryFn,
    rshift: BinaryFn,
    and: BinaryFn,
    or: BinaryFn,
    xor: BinaryFn,
    negative: UnaryFn,
    positive: UnaryFn,
    invert: UnaryFn,
    absolute: UnaryFn,
    int: UnaryFn,
    float: UnaryFn,
    index: UnaryFn,
    inplace_add: BinaryFn,
    inplace_subtract: BinaryFn,
    inplace_multiply: BinaryFn,
    inplace_matrix_multiply: BinaryFn,
    inplace_true_divide: BinaryFn,
    inplace_floor_divide: BinaryFn,
    inplace_remainder: BinaryFn,
    inplace_power: TernaryFn,
    inplace_lshift: BinaryFn,
    inplace_rshift: BinaryFn,
    inplace_and: BinaryFn,
    inplace_or: BinaryFn,
    inplace_xor: BinaryFn,
    am_await: UnaryFn,
    am_aiter: UnaryFn,
    am_anext: UnaryFn,
    getbuffer: GetBufferFn,
    releasebuffer: ReleaseBufferFn,
}

/// How a slot is called, for the wrapper descriptor that exposes it.
#[derive(Clone, Copy)]
pub enum SlotFn {
    Init(InitFn),
    Call(CallFn),
    Unary(UnaryFn),
    Binary(BinaryFn),
    /// A reflected binary method (`__radd__`): calls the slot with swapped operands.
    BinaryRight(BinaryFn),
    Ternary(TernaryFn),
    TernaryRight(TernaryFn),
    Richcmp(RichcmpFn, CompareOperator),
    Hash(HashFn),
    Len(LenFn),
    Inquiry(InquiryFn),
    GetAttr(GetattroFn),
    SetAttr(SetattroFn),
    DelAttr(SetattroFn),
    SetItem(SetItemFn),
    DelItem(SetItemFn),
    Contains(ContainsFn),
    IterNext(IterNextFn),
    DescrGet(DescrGetFn),
    DescrSet(DescrSetFn),
    DescrDelete(DescrSetFn),
}

/// `wrapper_descriptor`: a built-in type's slot seen from Python (`int.__add__`).
pub struct PySlotWrapper {
    pub name: &'static str,
    pub owner: PyRef,
    pub func: SlotFn,
}

impl PyPayload for PySlotWrapper {
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        visit(&self.owner);
    }
}

/// One row of the dunder→slot table.
pub struct SlotDef {
    pub name: &'static str,
    /// The slot's field name; rows sharing it form one group.
    pub slot: &'static str,
    /// Reads the slot as a wrapper-callable value, if set.
    pub get: fn(&TypeSlots) -> Option<SlotFn>,
    /// Installs the generic function that calls the dunder on a Python class.
    pub set_generic: fn(&TypeSlots),
    /// Copies the slot from one type's table to another's.
    pub copy: fn(&TypeSlots, &TypeSlots),
}

macro_rules! slotdefs {
    ($( $name:literal => $field:ident, $wrap:expr, $generic:expr; )*) => {
        /// Every dunder that maps to a slot. Several dunders may share a slot
        /// (`__add__`/`__radd__`, `__lt__`…`__ge__`, `__setattr__`/`__delattr__`).
        pub static SLOTDEFS: &[SlotDef] = &[$(
            SlotDef {
                name: $name,
                slot: stringify!($field),
                get: |s| s.$field.get().map($wrap),
                set_generic: |s| s.$field.set(Some($generic)),
                copy: |from, to| to.$field.set(from.$field.get()),
            },
        )*];
    };
}

use super::slotfuncs as g;

slotdefs! {
    "__init__" => init, SlotFn::Init, g::slot_init;
    "__call__" => call, SlotFn::Call, g::slot_call;
    "__repr__" => repr, SlotFn::Unary, g::slot_repr;
    "__str__" => str, SlotFn::Unary, g::slot_str;
    "__hash__" => hash, SlotFn::Hash, g::slot_hash;
    "__lt__" => richcompare, |f| SlotFn::Richcmp(f, CompareOperator::Lt), g::slot_richcompare;
    "__le__" => richcompare, |f| SlotFn::Richcmp(f, CompareOperator::Le), g::slot_richcompare;
    "__eq__" => richcompare, |f| SlotFn::Richcmp(f, CompareOperator::Eq), g::slot_richcompare;
    "__ne__" => richcompare, |f| SlotFn::Richcmp(f, CompareOperator::Ne), g::slot_richcompare;
    "__gt__" => richcompare, |f| SlotFn::Richcmp(f, CompareOperator::Gt), g::slot_richcompare;
    "__ge__" => richcompare, |f| SlotFn::Richcmp(f, CompareOperator::Ge), g::slot_richcompare;
    "__getattribute__" => getattro, SlotFn::GetAttr, g::slot_getattr_hook;
    "__getattr__" => getattro, SlotFn::GetAttr, g::slot_getattr_hook;
    "__setattr__" => setattro, SlotFn::SetAttr, g::slot_setattr;
    "__delattr__" => setattro, SlotFn::DelAttr, g::slot_setattr;
    "__iter__" => iter, SlotFn::Unary, g::slot_iter;
    "__next__" => iternext, SlotFn::IterNext, g::slot_iternext;
    "__get__" => descr_get, SlotFn::DescrGet, g::slot_descr_get;
    "__set__" => descr_set, SlotFn::DescrSet, g::slot_descr_set;
    "__delete__" => descr_set, SlotFn::DescrDelete, g::slot_descr_set;
    "__len__" => len, SlotFn::Len, g::slot_len;
    "__getitem__" => getitem, SlotFn::Binary, g::slot_getitem;
    "__setitem__" => setitem, SlotFn::SetItem, g::slot_setitem;
    "__delitem__" => setitem, SlotFn::DelItem, g::slot_setitem;
    "__contains__" => contains, SlotFn::Contains, g::slot_contains;
    "__bool__" => bool, SlotFn::Inquiry, g::slot_bool;
    "__add__" => add, SlotFn::Binary, g::slot_add;
    "__radd__" => add, SlotFn::BinaryRight, g::slot_add;
    "__sub__" => subtract, SlotFn::Binary, g::slot_subtract;
    "__rsub__" => subtract, SlotFn::BinaryRight, g::slot_subtract;
    "__mul__" => multiply, SlotFn::Binary, g::slot_multiply;
    "__rmul__" => multiply, SlotFn::BinaryRight, g::slot_multiply;
    "__matmul__" => matrix_multiply, SlotFn::Binary, g::slot_matrix_multiply;
    "__rmatmul__" => matrix_multiply, SlotFn::BinaryRight, g::slot_matrix_multiply;
    "__truediv__" => true_divide, SlotFn::Binary, g::slot_true_divide;
    "__rtruediv__" => true_divide, SlotFn::BinaryRight, g::slot_true_divide;
    "__floordiv__" => floor_divide, SlotFn::Binary, g::slot_floor_divide;
    "__rfloordiv__" => floor_divide, SlotFn::BinaryRight, g::slot_floor_divide;
    "__mod__" => remainder, SlotFn::Binary, g::slot_remainder;
    "__rmod__" => remainder, SlotFn::BinaryRight, g::slot_remainder;
    "__divmod__" => divmod, SlotFn::Binary, g::slot_divmod;
    "__rdivmod__" => divmod, SlotFn::BinaryRight, g::slot_divmod;
    "__pow__" => power, SlotFn::Ternary, g::slot_power;
    "__rpow__" => power, SlotFn::TernaryRight, g::slot_power;
    "__lshift__" => lshift, SlotFn::Binary, g::slot_lshift;
    "__rlshift__" => lshift, SlotFn::BinaryRight, g::slot_lshift;
    "__rshift__" => rshift, SlotFn::Binary, g::slot_rshift;
    "__rrshift__" => rshift, SlotFn::BinaryRight, g::slot_rshift;
    "__and__" => and, SlotFn::Binary, g::slot_and;
    "__rand__" => and, SlotFn::BinaryRight, g::slot_and;
    "__or__" => or, SlotFn::Binary, g::slot_or;
    "__ror__" => or, SlotFn::BinaryRight, g::slot_or;
    "__xor__" => xor, SlotFn::Binary, g::slot_xor;
    "__rxor__" => xor, SlotFn::BinaryRight, g::slot_xor;
    "__neg__" => negative, SlotFn::Unary, g::slot_negative;
    "__pos__" => positive, SlotFn::Unary, g::slot_positive;
    "__invert__" => invert, SlotFn::Unary, g::slot_invert;
    "__abs__" => absolute, SlotFn::Unary, g::slot_absolute;
    "__int__" => int, SlotFn::Unary, g::slot_int;
    "__float__" => float, SlotFn::Unary, g::slot_float;
    "__index__" => index, SlotFn::Unary, g::slot_index;
    "__iadd__" => inplace_add, SlotFn::Binary, g::slot_inplace_add;
    "__isub__" => inplace_subtract, SlotFn::Binary, g::slot_inplace_subtract;
    "__imul__" => inplace_multiply, SlotFn::Binary, g::slot_inplace_multiply;
    "__imatmul__" => inplace_matrix_multiply, SlotFn::Binary, g::slot_inplace_matrix_multiply;
    "__itruediv__" => inplace_true_divide, SlotFn::Binary, g::slot_inplace_true_divide;
    "__ifloordiv__" => inplace_floor_divide, SlotFn::Binary, g::slot_inplace_floor_divide;
    "__imod__" => inplace_remainder, SlotFn::Binary, g::slot_inplace_remainder;
    "__ipow__" => inplace_power, SlotFn::Ternary, g::slot_inplace_power;
    "__ilshift__" => inplace_lshift, SlotFn::Binary, g::slot_inplace_lshift;
    "__irshift__" => inplace_rshift, SlotFn::Binary, g::slot_inplace_rshift;
    "__iand__" => inplace_and, SlotFn::Binary, g::slot_inplace_and;
    "__ior__" => inplace_or, SlotFn::Binary, g::slot_inplace_or;
    "__ixor__" => inplace_xor, SlotFn::Binary, g::slot_inplace_xor;
    "__await__" => am_await, SlotFn::Unary, g::slot_am_await;
    "__aiter__" => am_aiter, SlotFn::Unary, g::slot_am_aiter;
    "__anext__" => am_anext, SlotFn::Unary, g::slot_am_anext;
}

/// After a built-in type set its own slots: adds a wrapper descriptor to its
/// namespace for each slot it defines differently from its base.
pub fn add_slot_wrappers(vm: &Vm, ty: &PyRef) {
    let t = as_type(ty);
    let base_slots = t.base.borrow().clone();
    for def in SLOTDEFS {
        let Some(f) = (def.get)(&t.slots) else {
            continue;
        };
        let inherited = base_slots
            .as_ref()
            .and_then(|b| (def.get)(&as_type(b).slots));
        if inherited.is_some_and(|b| same_slot(b, f)) {
            continue;
        }
        let key = vm.intern(def.name);
        if t.namespace().get_str(vm, &key).is_some() {
            continue;
        }
        // An unhashable type says so with `__hash__ = None`, as in CPython.
        if let SlotFn::Hash(h) = f {
            if h as usize == super::slotfuncs::hash_not_implemented as *const () as usize {
                t.namespace()
                    .set_item(vm, key, vm.none.clone())
                    .expect("str keys cannot fail");
                continue;
            }
        }
        let w = PyRef::new(
            PySlotWrapper {
                name: def.name,
                owner: ty.clone(),
                func: f,
            },
            vm.types.wrapper_descriptor_type.clone(),
        );
        t.namespace()
            .set_item(vm, key, w)
            .expect("str keys cannot fail");
    }
}

fn same_slot(a: SlotFn, b: SlotFn) -> bool {
    fn addr<T: Copy>(f: T) -> usize {
        // SAFETY: every SlotFn variant holds a single fn pointer of pointer size.
        unsafe { std::mem::transmute_copy::<T, usize>(&f) }
    }
    let key = |s: SlotFn| -> (u8, usize) {
        match s {
            SlotFn::Init(f) => (0, addr(f)),
            SlotFn::Call(f) => (1, addr(f)),
            SlotFn::Unary(f) => (2, addr(f)),
            SlotFn::Binary(f) | SlotFn::BinaryRight(f) => (3, addr(f)),
            SlotFn::Ternary(f) | SlotFn::TernaryRight(f) => (4, addr(f)),
            SlotFn::Richcmp(f, _) => (5, addr(f)),
            SlotFn::Hash(f) => (6, addr(f)),
            SlotFn::Len(f) => (7, addr(f)),
            SlotFn::Inquiry(f) => (8, addr(f)),
            SlotFn::GetAttr(f) => (9, addr(f)),
            SlotFn::SetAttr(f) | SlotFn::DelAttr(f) => (10, addr(f)),
            SlotFn::SetItem(f) | SlotFn::DelItem(f) => (11, addr(f)),
            SlotFn::Contains(f) => (12, addr(f)),
            SlotFn::IterNext(f) => (13, addr(f)),
            SlotFn::DescrGet(f) => (14, addr(f)),
            SlotFn::DescrSet(f) | SlotFn::DescrDelete(f) => (15, addr(f)),
        }
    };
    key(a) == key(b)
}

/// Recomputes the slots of a Python class from its MRO: for each dunder, the
/// first class defining it decides — a Python class gets the generic slot
/// function, a built-in type lends its own Rust slot.
pub fn update_slots(vm: &Vm, ty: &PyRef) {
    let t = as_type(ty);
    if !t.is_heap() {
        return;
    }
    let mro = t.mro.borrow().clone();
    let mut i = 0;
    while i < SLOTDEFS.len() {
        let group = SLOTDEFS[i].slot;
        let end = i + SLOTDEFS[i..].iter().take_while(|d| d.slot == group).count();
        // The earliest class in the MRO defining any dunder of the group decides.
        let mut winner: Option<(usize, usize)> = None;
        for (k, def) in SLOTDEFS[i..end].iter().enumerate() {
            let key = vm.intern(def.name);
            if let Some(pos) = mro
                .iter()
                .position(|c| as_type(c).namespace().get_str(vm, &key).is_some())
            {
                if winner.map_or(true, |(p, _)| pos < p) {
                    winner = Some((pos, i + k));
                }
            }
        }
        if let Some((pos, d)) = winner {
            let ct = as_type(&mro[pos]);
            if ct.is_heap() {
                (SLOTDEFS[d].set_generic)(&t.slots);
            } else {
                (SLOTDEFS[d].copy)(&ct.slots, &t.slots);
            }
        }
        i = end;
    }
    // `__new__` is a static method rather than a slot wrapper: a Python
    // class defining it (or inheriting it from one) calls it.
    let new_key = vm.intern("__new__");
    if let Some(owner) = mro
        .iter()
        .find(|c| as_type(c).namespace().get_str(vm, &new_key).is_some())
    {
        if as_type(owner).is_heap() {
            t.slots.new.set(Some(super::slotfuncs::slot_new));
        } else {
            t.slots.new.set(as_type(owner).slots.new.get());
        }
    }
    // `__hash__ = None` blocks hashing.
    let hkey = vm.intern("__hash__");
    if let Some(h) = t.lookup(vm, &hkey) {
        if h.is(&vm.none) {
            t.slots
                .hash
                .set(Some(super::slotfuncs::hash_not_implemented));
        }
    }
    if t.lookup_str(vm, "__del__").is_some() {
        t.set_flag(super::typeobject::tpflags::HAS_FINALIZER);
    }
}

/// `update_slots` for `ty` and, recursively, every subclass.
pub fn update_slots_recursive(vm: &Vm, ty: &PyRef) {
    update_slots(vm, ty);
    let subs = as_type(ty).subclasses.borrow().clone();
    for sub in subs {
        // SAFETY: subclasses unregister themselves when freed.
        let st = unsafe { &*(sub as *const PyType) };
        // Rebuild a PyRef to the subclass from its MRO head.
        let me = st.mro.borrow().first().cloned();
        if let Some(sub_ref) = me {
            update_slots_recursive(vm, &sub_ref);
        }
    }
}
