//! The object model: the object header and references, the type object and
//! slot table, and one file per built-in type (as CPython's `Objects/`).

pub mod builtin_iterators;
pub mod bytesobject;
pub mod cellobject;
pub mod classobject;
pub mod codeobject;
pub mod complexobject;
pub mod dealloc;
pub mod descrobject;
pub mod dictobject;
pub mod exceptions;
pub mod exceptions_group;
pub mod exceptions_oserror;
pub mod floatobject;
pub mod floatobject_ops;
pub mod formatspec;
pub mod funcobject;
pub mod genobject;
pub mod hashing;
pub mod iterobject;
pub mod listobject;
pub mod longobject;
pub mod longobject_ops;
pub mod mappingproxy;
pub mod methodobject;
pub mod moduleobject;
pub mod namespaceobject;
pub mod noneobject;
pub mod object;
pub mod objectobject;
pub mod sequence;
pub mod rangeobject;
pub mod setobject;
pub mod sliceobject;
pub mod slotfuncs;
pub mod slotwrappers;
pub mod structseq;
pub mod superobject;
pub mod tracebackobject;
pub mod tupleobject;
pub mod type_new;
pub mod typeobject;
pub mod typeobject_attrs;
pub mod typeobject_new;
pub mod typeslots;
pub mod unicode_format;
pub mod unicode_methods;
pub mod unicodeobject;
pub mod weakrefobject;

use crate::vm::Vm;

/// Lets every built-in type install its own slots, methods and attributes.
pub fn init_builtin_types(vm: &Vm) {
    objectobject::init(vm);
    typeobject::init(vm);
    descrobject::init(vm);
    funcobject::init(vm);
    methodobject::init(vm);
    classobject::init(vm);
    noneobject::init(vm);
    longobject_ops::init(vm);
    floatobject_ops::init(vm);
    complexobject::init(vm);
    unicodeobject::init(vm);
    unicode_methods::init(vm);
    bytesobject::init(vm);
    tupleobject::init(vm);
    listobject::init(vm);
    dictobject::init(vm);
    setobject::init(vm);
    sliceobject::init(vm);
    rangeobject::init(vm);
    iterobject::init(vm);
    moduleobject::init(vm);
    cellobject::init(vm);
    codeobject::init(vm);
    genobject::init(vm);
    superobject::init(vm);
    mappingproxy::init(vm);
    exceptions::init(vm);
    tracebackobject::init(vm);
    crate::vm::frame::init(vm);
}
