//! Objects C defines statically, outside any allocator oxpy knows: numpy's
//! built-in dtypes (`static PyArray_Descr BOOL_Descr = {PyObject_HEAD_INIT
//! (&PyArrayDescr_Type), …}`), static scalars and the like. Their memory
//! has no link header, so their links live in a table by address; the first
//! time C hands one over, an immortal oxpy object (a C instance of its type)
//! is made to stand for it.

use crate::ffi;
use crate::proxy::{self, Link};
use crate::types::{is_c_type, tp_obj, CInstance};
use core_interp::objects::object::PyRef;
use std::collections::HashMap;
use std::sync::Mutex;

/// Address of each static object seen → its leaked [`Link`].
static LINKS: Mutex<Option<HashMap<usize, usize>>> = Mutex::new(None);

fn lookup(p: *mut ffi::PyObject) -> Option<&'static Link> {
    let map = LINKS.lock().unwrap_or_else(|e| e.into_inner());
    let l = map.as_ref()?.get(&(p as usize))?;
    // SAFETY: entries are leaked `Link`s, never freed.
    Some(unsafe { &*(*l as *const Link) })
}

/// The link of the static C object `p`, registering it the first time.
pub fn link<'a>(p: *mut ffi::PyObject) -> &'a Link {
    if let Some(l) = lookup(p) {
        return l;
    }
    // SAFETY: `p` is a live object from C; its type is valid.
    let tp = unsafe { (*p).ob_type };
    let cls = proxy::from_c(tp_obj(tp));
    assert!(
        is_c_type(&cls),
        "object at {p:p} (type {}) was never registered with oxpy",
        core_interp::objects::typeobject::as_type(&cls).name()
    );
    let l: &'static Link = Box::leak(Box::new(proxy::static_link()));
    LINKS
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .get_or_insert_with(HashMap::new)
        .insert(p as usize, l as *const Link as usize);
    let obj = PyRef::new(CInstance, cls);
    obj.make_immortal();
    proxy::attach(p, &obj);
    l
}
