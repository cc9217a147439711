//! Checks of the object model and protocols through a real interpreter
//! instance (no compiler needed): operators, reprs, dicts, classes created
//! with `type(name, bases, ns)`, and deterministic destruction.

use super::init::create_interpreter;
use crate::compile::bytecode::BinaryOperator;
use crate::objects::dictobject::PyDict;
use crate::objects::listobject::new_list;
use crate::objects::longobject::new_int;
use crate::objects::tupleobject::new_tuple;
use crate::objects::unicodeobject::new_str_object;

#[test]
fn int_arithmetic_overflows_into_big_ints() {
    let vm = create_interpreter();
    let a = new_int(&vm, i64::MAX);
    let r = vm
        .binary_op(&a, &new_int(&vm, 1), BinaryOperator::Add, false)
        .unwrap();
    assert_eq!(vm.repr_string(&r).unwrap(), "9223372036854775808");
    let err = vm
        .binary_op(&a, &vm.none.clone(), BinaryOperator::Add, false)
        .unwrap_err();
    assert_eq!(
        vm.str_string(err.value()).unwrap(),
        "unsupported operand type(s) for +: 'int' and 'NoneType'"
    );
}

#[test]
fn container_reprs_match_cpython() {
    let vm = create_interpreter();
    let l = new_list(
        &vm,
        vec![
            new_int(&vm, 1),
            new_str_object(&vm, "it's"),
            vm.none.clone(),
            vm.true_.clone(),
        ],
    );
    assert_eq!(vm.repr_string(&l).unwrap(), "[1, \"it's\", None, True]");
    let t = new_tuple(&vm, vec![new_int(&vm, 1)]);
    assert_eq!(vm.repr_string(&t).unwrap(), "(1,)");
}

#[test]
fn dict_lookup_uses_python_equality_and_rejects_unhashables() {
    let vm = create_interpreter();
    let d = PyDict::new_ref(&vm);
    let dd = d.downcast_ref::<PyDict>().unwrap();
    dd.set_item(&vm, new_str_object(&vm, "key"), new_int(&vm, 1))
        .unwrap();
    dd.set_item(&vm, vm.true_.clone(), new_int(&vm, 2)).unwrap();
    // 1 == True and hash(1) == hash(True): the same key.
    assert_eq!(
        vm.repr_string(&dd.get_item(&vm, &new_int(&vm, 1)).unwrap().unwrap())
            .unwrap(),
        "2"
    );
    assert!(dd
        .get_item(&vm, &new_str_object(&vm, "key"))
        .unwrap()
        .is_some());
    let err = dd
        .set_item(&vm, new_list(&vm, vec![]), vm.none.clone())
        .unwrap_err();
    assert_eq!(
        vm.str_string(err.value()).unwrap(),
        "unhashable type: 'list'"
    );
    assert_eq!(vm.repr_string(&d).unwrap(), "{'key': 1, True: 2}");
}

#[test]
fn classes_from_type_call_have_instances_with_attributes() {
    let vm = create_interpreter();
    let ns = PyDict::new_ref(&vm);
    ns.downcast_ref::<PyDict>()
        .unwrap()
        .set_str(&vm, "x", new_int(&vm, 7));
    let name = new_str_object(&vm, "Point");
    let cls = vm
        .call_positional(&vm.types.type_type, &[name, new_tuple(&vm, vec![]), ns])
        .unwrap();
    let obj = vm.call_positional(&cls, &[]).unwrap();
    assert_eq!(
        vm.repr_string(&vm.getattr_str(&obj, "x").unwrap()).unwrap(),
        "7"
    );
    vm.setattr_str(&obj, "y", new_int(&vm, 3)).unwrap();
    assert_eq!(
        vm.repr_string(&vm.getattr_str(&obj, "y").unwrap()).unwrap(),
        "3"
    );
    let err = vm.getattr_str(&obj, "z").unwrap_err();
    assert_eq!(
        vm.str_string(err.value()).unwrap(),
        "'Point' object has no attribute 'z'"
    );
    assert!(vm.isinstance(&obj, &vm.types.object_type).unwrap());
    assert_eq!(vm.repr_string(&cls).unwrap(), "<class 'Point'>");
}

#[test]
fn objects_are_freed_when_the_last_reference_goes() {
    let vm = create_interpreter();
    let inner = new_list(&vm, vec![]);
    let outer = new_list(&vm, vec![inner.clone()]);
    assert_eq!(inner.refcount(), 2);
    drop(outer);
    assert_eq!(inner.refcount(), 1);
    // A long chain is released without overflowing the stack (trashcan).
    let mut head = new_list(&vm, vec![]);
    for _ in 0..200_000 {
        head = new_list(&vm, vec![head]);
    }
    drop(head);
}
