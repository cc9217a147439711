//! `PyErr`, a raised Python exception carried through Rust `Result`s, and the
//! constructors for the common built-in exceptions.

use super::Vm;
use crate::objects::exceptions::PyBaseException;
use crate::objects::object::PyRef;

/// A raised exception: always a normalized exception instance.
#[derive(Clone, Debug)]
pub struct PyErr(pub PyRef);

impl PyErr {
    pub fn value(&self) -> &PyRef {
        &self.0
    }

    pub fn into_value(self) -> PyRef {
        self.0
    }

    /// Whether the exception is an instance of `ty` (a type).
    pub fn matches(&self, ty: &PyRef) -> bool {
        crate::objects::typeobject::is_subtype(self.0.class(), ty)
    }
}

impl Vm {
    /// Instantiates exception type `ty` with `args` (no Python `__init__` is run
    /// for built-in exception types).
    pub fn new_exception(&self, ty: &PyRef, args: Vec<PyRef>) -> PyErr {
        PyErr(PyBaseException::new_instance(self, ty, args))
    }

    /// Instantiates exception type `ty` with one str argument.
    pub fn new_exception_msg(&self, ty: &PyRef, msg: impl AsRef<str>) -> PyErr {
        let s = crate::objects::unicodeobject::new_str_object(self, msg.as_ref());
        self.new_exception(ty, vec![s])
    }

    pub fn new_type_error(&self, msg: impl AsRef<str>) -> PyErr {
        self.new_exception_msg(&self.exceptions.type_error, msg)
    }
    pub fn new_value_error(&self, msg: impl AsRef<str>) -> PyErr {
        self.new_exception_msg(&self.exceptions.value_error, msg)
    }
    pub fn new_attribute_error(&self, msg: impl AsRef<str>) -> PyErr {
        self.new_exception_msg(&self.exceptions.attribute_error, msg)
    }
    pub fn new_name_error(&self, msg: impl AsRef<str>) -> PyErr {
        self.new_exception_msg(&self.exceptions.name_error, msg)
    }
    pub fn new_index_error(&self, msg: impl AsRef<str>) -> PyErr {
        self.new_exception_msg(&self.exceptions.index_error, msg)
    }
    pub fn new_key_error(&self, key: PyRef) -> PyErr {
        self.new_exception(&self.exceptions.key_error, vec![key])
    }
    pub fn new_zero_division_error(&self, msg: impl AsRef<str>) -> PyErr {
        self.new_exception_msg(&self.exceptions.zero_division_error, msg)
    }
    pub fn new_overflow_error(&self, msg: impl AsRef<str>) -> PyErr {
        self.new_exception_msg(&self.exceptions.overflow_error, msg)
    }
    pub fn new_runtime_error(&self, msg: impl AsRef<str>) -> PyErr {
        self.new_exception_msg(&self.exceptions.runtime_error, msg)
    }
    pub fn new_recursion_error(&self, msg: impl AsRef<str>) -> PyErr {
        self.new_exception_msg(&self.exceptions.recursion_error, msg)
    }
    pub fn new_system_error(&self, msg: impl AsRef<str>) -> PyErr {
        self.new_exception_msg(&self.exceptions.system_error, msg)
    }
    pub fn new_not_implemented_error(&self, msg: impl AsRef<str>) -> PyErr {
        self.new_exception_msg(&self.exceptions.not_implemented_error, msg)
    }
    pub fn new_unbound_local_error(&self, msg: impl AsRef<str>) -> PyErr {
        self.new_exception_msg(&self.exceptions.unbound_local_error, msg)
    }
    pub fn new_import_error(&self, msg: impl AsRef<str>) -> PyErr {
        self.new_exception_msg(&self.exceptions.import_error, msg)
    }
    pub fn new_memory_error(&self) -> PyErr {
        self.new_exception(&self.exceptions.memory_error, vec![])
    }
    pub fn new_stop_iteration(&self, value: Option<PyRef>) -> PyErr {
        self.new_exception(&self.exceptions.stop_iteration, value.into_iter().collect())
    }

    /// Turns a Rust panic payload into SystemError.
    pub fn panic_to_error(&self, payload: Box<dyn std::any::Any + Send>) -> PyErr {
        let msg = payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown panic".to_string());
        self.new_system_error(format!("internal error in oxpy: {msg}"))
    }
}
