//! `BytesIO.getbuffer()`: a writable memoryview over the stream's bytes,
//! exported through a hidden `_io._BytesIOBuffer` object (as CPython does)
//! so that `BytesIO` itself is not a buffer exporter. While a view lives,
//! the stream refuses to resize or close (`BytesIO::exports`).

use super::bytesio::BytesIO;
use crate::objects::buffer::PyBuffer;
use crate::objects::object::{PyPayload, PyRef};
use crate::objects::typeobject::{as_type, finish_builtin_type, new_builtin_type};
use crate::vm::{PyResult, Vm};
use std::sync::OnceLock;

/// The payload of `_io._BytesIOBuffer`: the stream whose bytes it exports.
struct BytesIOBuffer {
    source: PyRef,
}

impl PyPayload for BytesIOBuffer {
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        visit(&self.source);
    }
}

static BUFFER_TYPE: OnceLock<PyRef> = OnceLock::new();

fn source_of(o: &PyRef) -> &BytesIO {
    o.downcast_ref::<BytesIOBuffer>()
        .and_then(|b| b.source.downcast_ref::<BytesIO>())
        .expect("_BytesIOBuffer")
}

fn export(vm: &Vm, o: &PyRef, request: u32) -> PyResult<PyBuffer> {
    let b = source_of(o);
    // Only the Vec's pointer and length are read, without a borrow; the
    // exports counter keeps the stream from reallocating it while exported.
    let v = b.buf.as_ptr();
    // SAFETY: `v` points to the live Vec inside the stream's RefCell.
    let (ptr, len) = unsafe { ((*v).as_mut_ptr(), (*v).len()) };
    let buf = PyBuffer::simple(vm, o, ptr, len, false, request)?;
    b.exports.set(b.exports.get() + 1);
    Ok(buf)
}

fn release(o: &PyRef, _buf: &PyBuffer) {
    if o.downcast_ref::<BytesIOBuffer>().is_some() {
        let b = source_of(o);
        b.exports.set(b.exports.get().saturating_sub(1));
    }
}

fn buffer_type(vm: &Vm) -> &'static PyRef {
    BUFFER_TYPE.get_or_init(|| {
        let t = new_builtin_type(vm, "_io._BytesIOBuffer", &vm.types.object_type, 0, None);
        let s = &as_type(&t).slots;
        s.getbuffer.set(Some(export));
        s.releasebuffer.set(Some(release));
        finish_builtin_type(vm, &t, &[], &[]);
        t
    })
}

/// A memoryview over `stream`'s current bytes.
pub fn getbuffer(vm: &Vm, stream: &PyRef) -> PyResult {
    let holder = PyRef::new(
        BytesIOBuffer {
            source: stream.clone(),
        },
        buffer_type(vm).clone(),
    );
    crate::objects::memoryobject::memoryview_from_object(vm, &holder)
}
