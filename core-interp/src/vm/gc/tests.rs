//! The collector on large graphs built from Rust: a cycle of a million
//! lists is found, counted and freed, and the tracked-object count returns
//! to where it was.

use crate::objects::listobject::{new_list, PyList};
use crate::vm::init::create_interpreter;

fn tracked() -> usize {
    super::objects(None).len()
}

#[test]
fn million_list_cycle_is_collected_and_freed() {
    let vm = create_interpreter();
    super::collect(&vm, 2);
    let before = tracked();
    const N: usize = 1_000_000;
    let lists: Vec<_> = (0..N).map(|_| new_list(&vm, vec![])).collect();
    for i in 0..N {
        let next = lists[(i + 1) % N].clone();
        lists[i]
            .downcast_ref::<PyList>()
            .unwrap()
            .items
            .borrow_mut()
            .push(next);
    }
    assert_eq!(tracked(), before + N);
    drop(lists);
    // Only the cycle keeps them alive now.
    assert_eq!(tracked(), before + N);
    assert_eq!(super::collect(&vm, 2), Some(N));
    assert_eq!(tracked(), before);
    assert_eq!(super::collect(&vm, 2), Some(0));
}

#[test]
fn externally_referenced_cycles_survive() {
    let vm = create_interpreter();
    let a = new_list(&vm, vec![]);
    let b = new_list(&vm, vec![a.clone()]);
    a.downcast_ref::<PyList>()
        .unwrap()
        .items
        .borrow_mut()
        .push(b.clone());
    drop(b);
    super::collect(&vm, 2);
    let inner = a.downcast_ref::<PyList>().unwrap().items.borrow()[0].clone();
    assert_eq!(
        inner.downcast_ref::<PyList>().unwrap().items.borrow().len(),
        1
    );
    assert!(super::is_tracked(&inner));
}
