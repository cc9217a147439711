//! The bytecode evaluation loop: dispatch on each instruction, exception
//! unwinding through the code's exception table, tracebacks, and suspension
//! and resumption of generator frames at any bytecode boundary.

use super::attr_cache;
use super::eval_support as sup;
use super::fastpath;
use super::frame::Frame;
use super::value_stack::ValueStack;
use super::{CallArgs, PyErr, PyResult, Vm};
use crate::compile::bytecode::{BinaryOperator, CompareOperator, Instruction, Opcode};
use crate::objects::cellobject::as_cell;
use crate::objects::codeobject::PyCode;
use crate::objects::dictobject::PyDict;
use crate::objects::listobject::{as_list, new_list};
use crate::objects::object::PyRef;
use crate::objects::tupleobject::{new_tuple, tuple_items};

/// How a frame is (re)entered.
pub enum Resume {
    /// From its first instruction.
    Start,
    /// A suspended generator frame receives a value (`send`).
    Value(PyRef),
    /// A suspended generator frame has an exception thrown in (`throw`).
    Throw(PyErr),
}

/// How a frame stopped.
pub enum FrameExit {
    Return(PyRef),
    Yield(PyRef),
}

/// Runs `frame_ref` until it returns, yields or raises.
pub fn run_frame(vm: &Vm, frame_ref: &PyRef, resume: Resume) -> PyResult<FrameExit> {
    let frame = frame_ref.downcast_ref::<Frame>().expect("frame");
    if frame.executing.get() {
        return Err(vm.new_value_error("generator already executing"));
    }
    frame.executing.set(true);
    let back = vm.ts.frames.borrow().last().cloned();
    *frame.back.borrow_mut() = back;
    vm.ts.frames.borrow_mut().push(frame_ref.clone());
    // A Rust panic inside the frame becomes SystemError raised from it.
    let r = match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        eval(vm, frame_ref, frame, resume)
    })) {
        Ok(r) => r,
        Err(payload) => {
            // The values the activation had on its stack are leaked: they
            // were lent to `eval`, which unwound without giving them back.
            let e = vm.panic_to_error(payload);
            sup::add_traceback(vm, &e, frame_ref, frame.lasti.get());
            Err(e)
        }
    };
    // Drop outside the borrow: freeing the frame may run `__del__` or weakref callbacks.
    let popped = vm.ts.frames.borrow_mut().pop();
    drop(popped);
    let back = frame.back.borrow_mut().take();
    drop(back);
    frame.executing.set(false);
    r
}

/// Finds the handler covering instruction `at` (the innermost one).
fn find_handler(code: &PyCode, at: u32) -> Option<crate::compile::bytecode::ExceptionEntry> {
    let mut best: Option<crate::compile::bytecode::ExceptionEntry> = None;
    for e in &code.code.exception_table {
        if e.start <= at && at < e.end && best.is_none_or(|b| e.start >= b.start && e.end <= b.end)
        {
            best = Some(*e);
        }
    }
    best
}

fn eval(vm: &Vm, frame_ref: &PyRef, frame: &Frame, resume: Resume) -> PyResult<FrameExit> {
    let code: &PyCode = frame.pycode();
    let instrs: &[Instruction] = &code.code.instructions;
    // SAFETY: while the frame executes, only this activation touches its
    // value stack (re-entry is refused through `executing`).
    let mut stack =
        unsafe { ValueStack::enter(&mut *frame.stack.get(), code.code.max_stack as usize) };
    // SAFETY: the fast locals keep their buffer while the frame runs (only
    // a finished or parked frame's are taken or resized).
    let (fast, nfast) = unsafe {
        let v = &mut *frame.fast.get();
        (v.as_mut_ptr(), v.len())
    };
    let mut pc: usize;
    let mut pending: Option<(PyErr, bool)> = None;
    match resume {
        Resume::Start => pc = 0,
        Resume::Value(v) => {
            stack.push(v);
            pc = frame.lasti.get() as usize + 1;
        }
        Resume::Throw(e) => {
            pc = frame.lasti.get() as usize;
            pending = Some((e, false));
        }
    }

    macro_rules! pop {
        () => {
            stack.pop()
        };
    }
    macro_rules! top {
        () => {
            stack.top()
        };
    }
    macro_rules! local {
        ($i:expr) => {{
            let i: usize = $i;
            assert!(i < nfast, "fast local index out of range");
            // SAFETY: in bounds; short-lived access, no other borrow is live.
            unsafe { &mut *fast.add(i) }
        }};
    }

    loop {
        let (err, add_tb) = match pending.take() {
            Some(p) => p,
            None => {
                let mut skip_tb = false;
                let e: PyErr = 'dispatch: loop {
                    macro_rules! tri {
                        ($e:expr) => {
                            match $e {
                                Ok(v) => v,
                                Err(e) => break 'dispatch e,
                            }
                        };
                    }
                    let Instruction { op, arg } = instrs[pc];
                    frame.lasti.set(pc as u32);
                    pc += 1;
                    match op {
                        Opcode::Nop => {}
                        Opcode::PopTop => {
                            pop!();
                        }
                        Opcode::Copy => {
                            let v = stack.peek(arg as usize).clone();
                            stack.push(v);
                        }
                        Opcode::Swap => {
                            stack.swap_top(arg as usize);
                        }
                        Opcode::LoadConst => stack.push(code.consts[arg as usize].clone()),
                        Opcode::LoadFast => match local!(arg as usize) {
                            Some(v) => {
                                let v = v.clone();
                                stack.push(v)
                            }
                            None => break 'dispatch sup::unbound_local(vm, code, arg),
                        },
                        Opcode::StoreFast => {
                            let v = pop!();
                            let old = local!(arg as usize).replace(v);
                            drop(old);
                        }
                        Opcode::DeleteFast => {
                            if local!(arg as usize).take().is_none() {
                                break 'dispatch sup::unbound_local(vm, code, arg);
                            }
                        }
                        Opcode::LoadDeref => {
                            let v = as_cell(&frame.cells()[arg as usize])
                                .contents
                                .borrow()
                                .clone();
                            match v {
                                Some(v) => stack.push(v),
                                None => break 'dispatch sup::unbound_deref(vm, code, arg),
                            }
                        }
                        Opcode::StoreDeref => {
                            let v = pop!();
                            let old = as_cell(&frame.cells()[arg as usize])
                                .contents
                                .borrow_mut()
                                .replace(v);
                            drop(old);
                        }
                        Opcode::DeleteDeref => {
                            if as_cell(&frame.cells()[arg as usize])
                                .contents
                                .borrow_mut()
                                .take()
                                .is_none()
                            {
                                break 'dispatch sup::unbound_deref(vm, code, arg);
                            }
                        }
                        Opcode::LoadClassDeref => {
                            let name = &code.cell_names[arg as usize];
                            let locals = frame
                                .locals
                                .borrow()
                                .clone()
                                .expect("class body has locals");
                            match tri!(sup::mapping_get(vm, &locals, name)) {
                                Some(v) => stack.push(v),
                                None => {
                                    let v = as_cell(&frame.cells()[arg as usize])
                                        .contents
                                        .borrow()
                                        .clone();
                                    match v {
                                        Some(v) => stack.push(v),
                                        None => break 'dispatch sup::unbound_deref(vm, code, arg),
                                    }
                                }
                            }
                        }
                        Opcode::LoadClosure => stack.push(frame.cells()[arg as usize].clone()),
                        Opcode::LoadName => {
                            let name = &code.names[arg as usize];
                            let v = tri!(sup::load_name(vm, frame, name));
                            stack.push(v);
                        }
                        Opcode::StoreName => {
                            let v = pop!();
                            let name = code.names[arg as usize].clone();
                            let locals = frame.locals.borrow().clone();
                            match locals {
                                Some(l) => tri!(sup::mapping_set(vm, &l, name, v)),
                                None => {
                                    break 'dispatch vm
                                        .new_system_error("no locals found when storing name")
                                }
                            }
                        }
                        Opcode::DeleteName => {
                            let name = &code.names[arg as usize];
                            let locals = frame.locals.borrow().clone().expect("locals");
                            if let Err(e) = vm.delitem(&locals, name) {
                                if e.matches(&vm.exceptions.key_error) {
                                    break 'dispatch sup::name_error(vm, name);
                                }
                                break 'dispatch e;
                            }
                        }
                        Opcode::LoadGlobal => {
                            let v = tri!(sup::load_global_cached(vm, frame, code, pc - 1, arg));
                            stack.push(v);
                        }
                        Opcode::StoreGlobal => {
                            let v = pop!();
                            tri!(sup::mapping_set(
                                vm,
                                frame.globals(),
                                code.names[arg as usize].clone(),
                                v
                            ));
                        }
                        Opcode::DeleteGlobal => {
                            let name = &code.names[arg as usize];
                            if let Err(e) = vm.delitem(frame.globals(), name) {
                                if e.matches(&vm.exceptions.key_error) {
                                    break 'dispatch sup::name_error(vm, name);
                                }
                                break 'dispatch e;
                            }
                        }
                        Opcode::LoadAttr => {
                            let obj = pop!();
                            let v = tri!(attr_cache::load_attr(
                                vm,
                                &code.attr_cache[pc - 1],
                                &obj,
                                &code.names[arg as usize]
                            ));
                            stack.push(v);
                        }
                        Opcode::StoreAttr => {
                            let obj = pop!();
                            let v = pop!();
                            tri!(attr_cache::store_attr(
                                vm,
                                &code.attr_cache[pc - 1],
                                &obj,
                                &code.names[arg as usize],
                                v
                            ));
                        }
                        Opcode::DeleteAttr => {
                            let obj = pop!();
                            tri!(vm.setattr(&obj, &code.names[arg as usize], None));
                        }
                        Opcode::LoadMethod => {
                            let obj = pop!();
                            let (a, b) = tri!(attr_cache::load_method(
                                vm,
                                &code.attr_cache[pc - 1],
                                obj,
                                &code.names[arg as usize]
                            ));
                            stack.push(a);
                            stack.push(b);
                        }
                        Opcode::BinarySubscr => {
                            let key = pop!();
                            let obj = pop!();
                            let v = tri!(sup::subscr(vm, &obj, &key));
                            stack.push(v);
                        }
                        Opcode::StoreSubscr => {
                            let key = pop!();
                            let obj = pop!();
                            let v = pop!();
                            if let Err(v) = sup::fast_store_subscr(vm, &obj, &key, v) {
                                tri!(vm.setitem(&obj, key, v));
                            }
                        }
                        Opcode::DeleteSubscr => {
                            let key = pop!();
                            let obj = pop!();
                            tri!(vm.delitem(&obj, &key));
                        }
                        Opcode::BuildSlice => {
                            let step = if arg == 3 { Some(pop!()) } else { None };
                            let stop = pop!();
                            let start = pop!();
                            stack.push(crate::objects::sliceobject::new_slice(
                                vm, start, stop, step,
                            ));
                        }
                        Opcode::BinaryOp => {
                            let b = pop!();
                            let a = pop!();
                            let (op, inplace) = BinaryOperator::from_arg(arg);
                            let v = match fastpath::binary_on_temps(vm, a, b, op) {
                                Ok(v) => v,
                                Err((a, b)) => tri!(vm.binary_op(&a, &b, op, inplace)),
                            };
                            stack.push(v);
                        }
                        Opcode::UnaryNegative => {
                            let a = pop!();
                            let v = tri!(vm.negative(&a));
                            stack.push(v);
                        }
                        Opcode::UnaryPositive => {
                            let a = pop!();
                            let v = tri!(vm.positive(&a));
                            stack.push(v);
                        }
                        Opcode::UnaryInvert => {
                            let a = pop!();
                            let v = tri!(vm.invert(&a));
                            stack.push(v);
                        }
                        Opcode::UnaryNot => {
                            let a = pop!();
                            let t = tri!(vm.is_true(&a));
                            stack.push(vm.bool_obj(!t));
                        }
                        Opcode::CompareOp => {
                            let b = pop!();
                            let a = pop!();
                            let op = CompareOperator::from_arg(arg);
                            match fastpath::fast_compare_bool(vm, &a, &b, op) {
                                // A conditional jump right after consumes the
                                // result directly (both run as one step).
                                Some(r) => match instrs.get(pc) {
                                    Some(Instruction {
                                        op: Opcode::PopJumpIfFalse,
                                        arg: target,
                                    }) => {
                                        pc = if r { pc + 1 } else { *target as usize };
                                    }
                                    Some(Instruction {
                                        op: Opcode::PopJumpIfTrue,
                                        arg: target,
                                    }) => {
                                        pc = if r { *target as usize } else { pc + 1 };
                                    }
                                    _ => stack.push(vm.bool_obj(r)),
                                },
                                None => {
                                    let v = tri!(vm.richcompare(&a, &b, op));
                                    stack.push(v);
                                }
                            }
                        }
                        Opcode::IsOp => {
                            let b = pop!();
                            let a = pop!();
                            stack.push(vm.bool_obj(a.is(&b) != (arg == 1)));
                        }
                        Opcode::ContainsOp => {
                            let b = pop!();
                            let a = pop!();
                            let r = tri!(vm.contains(&b, &a));
                            stack.push(vm.bool_obj(r != (arg == 1)));
                        }
                        Opcode::Jump => pc = arg as usize,
                        Opcode::JumpBackward => {
                            pc = arg as usize;
                            tri!(sup::check_signals(vm));
                        }
                        Opcode::PopJumpIfFalse => {
                            let v = pop!();
                            if !tri!(sup::truth(vm, &v)) {
                                pc = arg as usize;
                            }
                        }
                        Opcode::PopJumpIfTrue => {
                            let v = pop!();
                            if tri!(sup::truth(vm, &v)) {
                                pc = arg as usize;
                            }
                        }
                        Opcode::PopJumpIfNone => {
                            if pop!().is(&vm.none) {
                                pc = arg as usize;
                            }
                        }
                        Opcode::PopJumpIfNotNone => {
                            if !pop!().is(&vm.none) {
                                pc = arg as usize;
                            }
                        }
                        Opcode::JumpIfFalseOrPop => {
                            if tri!(sup::truth(vm, top!())) {
                                pop!();
                            } else {
                                pc = arg as usize;
                            }
                        }
                        Opcode::JumpIfTrueOrPop => {
                            if tri!(sup::truth(vm, top!())) {
                                pc = arg as usize;
                            } else {
                                pop!();
                            }
                        }
                        Opcode::GetIter => {
                            let o = pop!();
                            let it = tri!(vm.get_iter(&o));
                            stack.push(it);
                        }
                        Opcode::ForIter => {
                            let next = match sup::fast_next(vm, top!()) {
                                Some(n) => n,
                                None => tri!(vm.next(top!())),
                            };
                            match next {
                                Some(v) => stack.push(v),
                                None => {
                                    pop!();
                                    pc = arg as usize;
                                }
                            }
                        }
                        Opcode::BuildTuple => {
                            let items = stack.take_n(arg as usize);
                            stack.push(new_tuple(vm, items));
                        }
                        Opcode::BuildList => {
                            let items = stack.take_n(arg as usize);
                            stack.push(new_list(vm, items));
                        }
                        Opcode::BuildSet => {
                            let items = stack.take_n(arg as usize);
                            let s = tri!(crate::objects::setobject::new_set(vm, items));
                            stack.push(s);
                        }
                        Opcode::BuildMap => {
                            let items = stack.take_n(2 * arg as usize);
                            let d = PyDict::new_ref(vm);
                            let dd = d.downcast_ref::<PyDict>().unwrap();
                            let mut it = items.into_iter();
                            while let (Some(k), Some(v)) = (it.next(), it.next()) {
                                tri!(dd.set_item(vm, k, v));
                            }
                            stack.push(d);
                        }
                        Opcode::BuildConstKeyMap => {
                            let keys = pop!();
                            let values = stack.take_n(arg as usize);
                            let d = PyDict::new_ref(vm);
                            let dd = d.downcast_ref::<PyDict>().unwrap();
                            for (k, v) in tuple_items(&keys)
                                .expect("const keys tuple")
                                .iter()
                                .zip(values)
                            {
                                tri!(dd.set_item(vm, k.clone(), v));
                            }
                            stack.push(d);
                        }
                        Opcode::BuildString => {
                            let parts = stack.take_n(arg as usize);
                            stack.push(sup::concat_strings(vm, &parts));
                        }
                        Opcode::ListAppend => {
                            let v = pop!();
                            let l = stack.peek(arg as usize);
                            as_list(l).expect("list").items.borrow_mut().push(v);
                        }
                        Opcode::SetAdd => {
                            let v = pop!();
                            let s = stack.peek(arg as usize);
                            tri!(s
                                .downcast_ref::<crate::objects::setobject::PySet>()
                                .expect("set")
                                .add(vm, v));
                        }
                        Opcode::MapAdd => {
                            let v = pop!();
                            let k = pop!();
                            let d = stack.peek(arg as usize);
                            tri!(d.downcast_ref::<PyDict>().expect("dict").set_item(vm, k, v));
                        }
                        Opcode::ListExtend => {
                            let it = pop!();
                            let l = stack.peek(arg as usize).clone();
                            tri!(sup::list_extend(vm, &l, &it));
                        }
                        Opcode::SetUpdate => {
                            let it = pop!();
                            let s = stack.peek(arg as usize).clone();
                            let set = s
                                .downcast_ref::<crate::objects::setobject::PySet>()
                                .expect("set");
                            tri!(set.update(vm, &it));
                        }
                        Opcode::DictUpdate => {
                            let m = pop!();
                            let d = stack.peek(arg as usize).clone();
                            tri!(sup::dict_update(vm, &d, &m, None));
                        }
                        Opcode::DictMerge => {
                            let m = pop!();
                            let d = stack.peek(arg as usize).clone();
                            let func = stack.peek(arg as usize + 2).clone();
                            tri!(sup::dict_update(vm, &d, &m, Some(&func)));
                        }
                        Opcode::ListToTuple => {
                            let l = pop!();
                            let items = as_list(&l).expect("list").items.borrow().clone();
                            stack.push(new_tuple(vm, items));
                        }
                        Opcode::UnpackSequence => {
                            let seq = pop!();
                            let n = arg as usize;
                            if seq.class().is(&vm.types.tuple_type)
                                && tuple_items(&seq).is_some_and(|t| t.len() == n)
                            {
                                for v in tuple_items(&seq).expect("tuple").iter().rev() {
                                    stack.push(v.clone());
                                }
                            } else if seq.class().is(&vm.types.list_type)
                                && as_list(&seq).is_some_and(|l| l.items.borrow().len() == n)
                            {
                                for v in as_list(&seq).expect("list").items.borrow().iter().rev() {
                                    stack.push(v.clone());
                                }
                            } else {
                                let items = tri!(sup::unpack(vm, &seq, n));
                                for v in items.into_iter().rev() {
                                    stack.push(v);
                                }
                            }
                        }
                        Opcode::UnpackEx => {
                            let seq = pop!();
                            let items = tri!(sup::unpack_ex(
                                vm,
                                &seq,
                                (arg & 0xFF) as usize,
                                (arg >> 8) as usize
                            ));
                            for v in items.into_iter().rev() {
                                stack.push(v);
                            }
                        }
                        Opcode::FormatValue => {
                            let spec = if arg & 4 != 0 { Some(pop!()) } else { None };
                            let v = pop!();
                            let r = tri!(sup::format_value(vm, v, arg & 3, spec));
                            stack.push(r);
                        }
                        Opcode::Call => {
                            let n = arg as usize;
                            let base = stack.len() - n - 1;
                            let callee = stack.last_n(n + 1);
                            let r = vm.call(&callee[0], CallArgs::positional_only(&callee[1..]));
                            stack.truncate(base);
                            stack.push(tri!(r));
                        }
                        Opcode::CallKw => {
                            let kwnames = pop!();
                            let n = arg as usize;
                            let base = stack.len() - n - 1;
                            let names = tuple_items(&kwnames).expect("kwnames tuple");
                            let callee = stack.last_n(n + 1);
                            let r = vm.call(&callee[0], CallArgs::new(&callee[1..], names));
                            stack.truncate(base);
                            stack.push(tri!(r));
                        }
                        Opcode::CallMethod | Opcode::CallMethodKw => {
                            let kwnames = if op == Opcode::CallMethodKw {
                                Some(pop!())
                            } else {
                                None
                            };
                            let names: &[PyRef] = kwnames
                                .as_ref()
                                .map(|k| tuple_items(k).expect("kwnames tuple"))
                                .unwrap_or(&[]);
                            let n = arg as usize;
                            let base = stack.len() - n - 2;
                            let callee = stack.last_n(n + 2);
                            let r = if callee[0].is(&vm.stack_null) {
                                vm.call(&callee[1], CallArgs::new(&callee[2..], names))
                            } else {
                                vm.call(&callee[0], CallArgs::new(&callee[1..], names))
                            };
                            stack.truncate(base);
                            stack.push(tri!(r));
                        }
                        Opcode::CallEx => {
                            let kwargs = if arg & 1 != 0 { Some(pop!()) } else { None };
                            let args = pop!();
                            let func = pop!();
                            let r = tri!(sup::call_ex(vm, &func, &args, kwargs.as_ref()));
                            stack.push(r);
                        }
                        Opcode::MakeFunction => {
                            let code_obj = pop!();
                            let closure = if arg & 8 != 0 { Some(pop!()) } else { None };
                            let annotations = if arg & 4 != 0 { Some(pop!()) } else { None };
                            let kwdefaults = if arg & 2 != 0 { Some(pop!()) } else { None };
                            let defaults = if arg & 1 != 0 { Some(pop!()) } else { None };
                            let f = tri!(sup::make_function(
                                vm,
                                frame,
                                code_obj,
                                defaults,
                                kwdefaults,
                                annotations,
                                closure
                            ));
                            stack.push(f);
                        }
                        Opcode::ReturnValue => {
                            let v = pop!();
                            // SAFETY: the buffer `stack` was lent from.
                            unsafe { stack.leave(&mut *frame.stack.get()) };
                            return Ok(FrameExit::Return(v));
                        }
                        Opcode::YieldValue => {
                            let v = pop!();
                            // SAFETY: the suspended frame keeps its values.
                            unsafe { stack.leave(&mut *frame.stack.get()) };
                            return Ok(FrameExit::Yield(v));
                        }
                        Opcode::Send => {
                            let v = pop!();
                            let receiver = top!().clone();
                            match tri!(sup::send(vm, &receiver, v)) {
                                sup::SendResult::Yielded(y) => stack.push(y),
                                sup::SendResult::Returned(r) => {
                                    pop!();
                                    stack.push(r);
                                    pc = arg as usize;
                                }
                            }
                        }
                        Opcode::GetYieldFromIter => {
                            let o = pop!();
                            let it = tri!(sup::get_yield_from_iter(vm, frame, o));
                            stack.push(it);
                        }
                        Opcode::GetAwaitable => {
                            let o = pop!();
                            let it = tri!(sup::get_awaitable(vm, o, arg));
                            stack.push(it);
                        }
                        Opcode::GetAIter => {
                            let o = pop!();
                            let it = tri!(sup::get_aiter(vm, o));
                            stack.push(it);
                        }
                        Opcode::GetANext => {
                            let it = tri!(sup::get_anext(vm, top!()));
                            stack.push(it);
                        }
                        Opcode::EndAsyncFor => {
                            let exc = pop!();
                            pop!();
                            if !crate::objects::typeobject::is_subtype(
                                exc.class(),
                                &vm.exceptions.stop_async_iteration,
                            ) {
                                skip_tb = true;
                                break 'dispatch PyErr(exc);
                            }
                        }
                        Opcode::AsyncGenWrap => {
                            let v = pop!();
                            stack.push(crate::objects::genobject::wrap_async_gen_value(vm, v));
                        }
                        Opcode::RaiseVarargs => {
                            let cause = if arg == 2 { Some(pop!()) } else { None };
                            let exc = if arg >= 1 { Some(pop!()) } else { None };
                            let (e, reraise) = sup::do_raise(vm, exc, cause);
                            skip_tb = reraise;
                            break 'dispatch e;
                        }
                        Opcode::Reraise => {
                            let exc = pop!();
                            if arg != 0 {
                                let lasti = pop!();
                                if let Some(i) = crate::objects::longobject::int_to_i64(&lasti) {
                                    frame.lasti.set(i as u32);
                                }
                            }
                            skip_tb = true;
                            break 'dispatch PyErr(exc);
                        }
                        Opcode::PushExcInfo => {
                            let exc = pop!();
                            let prev = vm
                                .ts
                                .exc_info
                                .replace(Some(exc.clone()))
                                .unwrap_or_else(|| vm.none.clone());
                            stack.push(prev);
                            stack.push(exc);
                        }
                        Opcode::PopExcept => {
                            let prev = pop!();
                            let prev = if prev.is(&vm.none) { None } else { Some(prev) };
                            let old = vm.ts.exc_info.replace(prev);
                            drop(old);
                        }
                        Opcode::CheckExcMatch => {
                            let ty = pop!();
                            let r = tri!(sup::check_exc_match(vm, top!(), &ty));
                            stack.push(vm.bool_obj(r));
                        }
                        Opcode::CheckEgMatch => {
                            let ty = pop!();
                            let exc = pop!();
                            let (rest, matched) = tri!(sup::check_eg_match(vm, exc, &ty));
                            if !matched.is(&vm.none) {
                                // The handler sees the matched part as the current exception.
                                drop(vm.ts.exc_info.replace(Some(matched.clone())));
                            }
                            stack.push(rest);
                            stack.push(matched);
                        }
                        Opcode::PrepReraiseStar => {
                            let raised = pop!();
                            let orig = pop!();
                            let r = tri!(sup::prep_reraise_star(vm, orig, raised));
                            stack.push(r);
                        }
                        Opcode::WithExceptStart => {
                            let exc = top!().clone();
                            let exit = stack.peek(4).clone();
                            let r = tri!(sup::with_except_start(vm, &exit, exc));
                            stack.push(r);
                        }
                        Opcode::BeforeWith => {
                            let mgr = pop!();
                            let (exit, entered) = tri!(sup::before_with(vm, &mgr));
                            stack.push(exit);
                            stack.push(entered);
                        }
                        Opcode::BeforeAsyncWith => {
                            let mgr = pop!();
                            let (exit, entered) = tri!(sup::before_async_with(vm, &mgr));
                            stack.push(exit);
                            stack.push(entered);
                        }
                        Opcode::LoadAssertionError => {
                            stack.push(vm.exceptions.assertion_error.clone())
                        }
                        Opcode::ImportName => {
                            let fromlist = pop!();
                            let level = pop!();
                            let m = tri!(sup::import_name(
                                vm,
                                frame,
                                &code.names[arg as usize],
                                fromlist,
                                level
                            ));
                            stack.push(m);
                        }
                        Opcode::ImportFrom => {
                            let v = tri!(sup::import_from(vm, top!(), &code.names[arg as usize]));
                            stack.push(v);
                        }
                        Opcode::ImportStar => {
                            let m = pop!();
                            tri!(sup::import_star(vm, frame, &m));
                        }
                        Opcode::LoadBuildClass => {
                            let v = tri!(sup::load_builtin(vm, frame, "__build_class__"));
                            stack.push(v);
                        }
                        Opcode::SetupAnnotations => tri!(sup::setup_annotations(vm, frame)),
                        Opcode::LoadLocals => {
                            let l = frame.locals.borrow().clone().expect("locals");
                            stack.push(l);
                        }
                        Opcode::PrintExpr => {
                            let v = pop!();
                            tri!(sup::print_expr(vm, v));
                        }
                        Opcode::MatchClass => {
                            let names = pop!();
                            let cls = pop!();
                            let subject = pop!();
                            let r =
                                tri!(sup::match_class(vm, &subject, &cls, arg as usize, &names));
                            stack.push(r);
                        }
                        Opcode::MatchMapping => {
                            let r = sup::match_mapping(vm, top!());
                            stack.push(vm.bool_obj(r));
                        }
                        Opcode::MatchSequence => {
                            let r = sup::match_sequence(vm, top!());
                            stack.push(vm.bool_obj(r));
                        }
                        Opcode::MatchKeys => {
                            let keys = top!().clone();
                            let subject = stack.peek(2).clone();
                            let r = tri!(sup::match_keys(vm, &subject, &keys));
                            stack.push(r);
                        }
                        Opcode::GetLen => {
                            let n = tri!(vm.len(top!()));
                            stack.push(crate::objects::longobject::new_int(vm, n as i64));
                        }
                        Opcode::CopyDictWithoutKeys => {
                            let keys = pop!();
                            let subject = top!().clone();
                            let d = tri!(sup::copy_dict_without_keys(vm, &subject, &keys));
                            stack.push(d);
                        }
                    }
                };
                (e, !skip_tb)
            }
        };
        // Exception unwinding.
        let lasti = frame.lasti.get();
        if add_tb {
            sup::chain_context(vm, &err);
            sup::add_traceback(vm, &err, frame_ref, lasti);
        }
        match find_handler(code, lasti) {
            Some(h) => {
                stack.truncate(h.depth as usize);
                if h.push_lasti {
                    stack.push(crate::objects::longobject::new_int(vm, lasti as i64));
                }
                stack.push(err.into_value());
                pc = h.handler as usize;
            }
            None => {
                stack.truncate(0);
                // SAFETY: the buffer `stack` was lent from.
                unsafe { stack.leave(&mut *frame.stack.get()) };
                return Err(err);
            }
        }
    }
}
