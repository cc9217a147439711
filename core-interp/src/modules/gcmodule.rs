//! The `gc` module: the Python interface of the cycle collector in `vm/gc`
//! (collect, enable/disable, thresholds and counts, statistics, debug
//! flags, callbacks, `garbage`, introspection of tracked objects, freeze).

use crate::objects::dictobject::PyDict;
use crate::objects::listobject::new_list;
use crate::objects::longobject::new_int;
use crate::objects::methodobject::{new_builtin_function, MethodDef};
use crate::objects::moduleobject::{module_dict, new_module};
use crate::objects::object::{flags, PyRef};
use crate::objects::tupleobject::new_tuple;
use crate::vm::gc::{self, debug, NUM_GENERATIONS};
use crate::vm::{CallArgs, PyResult, Signature, Vm};

fn enable(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    args.check_positional(vm, "gc.enable", 0, 0)?;
    gc::set_enabled(true);
    Ok(vm.none.clone())
}

fn disable(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    args.check_positional(vm, "gc.disable", 0, 0)?;
    gc::set_enabled(false);
    Ok(vm.none.clone())
}

fn isenabled(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    args.check_positional(vm, "gc.isenabled", 0, 0)?;
    Ok(vm.bool_obj(gc::is_enabled()))
}

static COLLECT_SIG: Signature = Signature {
    name: "collect",
    params: &["generation"],
    posonly: 0,
    positional: 1,
    required: 0,
};

fn collect(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = COLLECT_SIG.bind(vm, args)?;
    let gen = match &a[0] {
        Some(g) => vm.index_isize(g)?,
        None => 2,
    };
    if !(0..NUM_GENERATIONS as isize).contains(&gen) {
        return Err(vm.new_value_error("invalid generation"));
    }
    Ok(new_int(
        vm,
        gc::collect(vm, gen as usize).unwrap_or(0) as i64,
    ))
}

fn get_count(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    args.check_positional(vm, "gc.get_count", 0, 0)?;
    let c = gc::counts();
    Ok(new_tuple(
        vm,
        c.iter().map(|&n| new_int(vm, n as i64)).collect(),
    ))
}

fn get_threshold(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    args.check_positional(vm, "gc.get_threshold", 0, 0)?;
    let t = gc::thresholds();
    Ok(new_tuple(
        vm,
        t.iter().map(|&n| new_int(vm, n as i64)).collect(),
    ))
}

fn set_threshold(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    args.no_kwargs(vm, "set_threshold")?;
    let a = args.positional();
    if a.is_empty() {
        return Err(vm.new_type_error(format!(
            "set_threshold() takes at least 1 argument ({} given)",
            a.len()
        )));
    }
    if a.len() > 3 {
        return Err(vm.new_type_error(format!(
            "set_threshold() takes at most 3 arguments ({} given)",
            a.len()
        )));
    }
    let mut vals = Vec::new();
    for v in a {
        let n = vm.index_isize(v)?;
        vals.push(n.max(0) as usize);
    }
    for (i, v) in vals.into_iter().enumerate() {
        gc::set_threshold(i, v);
    }
    Ok(vm.none.clone())
}

fn get_debug(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    args.check_positional(vm, "gc.get_debug", 0, 0)?;
    Ok(new_int(vm, gc::debug_flags() as i64))
}

fn set_debug(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "gc.set_debug", 1, 1)?;
    gc::set_debug_flags(vm.index_isize(&a[0])? as u32);
    Ok(vm.none.clone())
}

fn get_stats(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    args.check_positional(vm, "gc.get_stats", 0, 0)?;
    let mut out = Vec::new();
    for s in gc::stats() {
        let d = PyDict::new_ref(vm);
        let dd = d.downcast_ref::<PyDict>().expect("dict");
        dd.set_str(vm, "collections", new_int(vm, s.collections as i64));
        dd.set_str(vm, "collected", new_int(vm, s.collected as i64));
        dd.set_str(vm, "uncollectable", new_int(vm, s.uncollectable as i64));
        out.push(d);
    }
    Ok(new_list(vm, out))
}

static GET_OBJECTS_SIG: Signature = Signature {
    name: "get_objects",
    params: &["generation"],
    posonly: 0,
    positional: 1,
    required: 0,
};

fn get_objects(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = GET_OBJECTS_SIG.bind(vm, args)?;
    let gen = match &a[0] {
        Some(g) if !vm.is_none(g) => {
            if crate::objects::longobject::as_int(g).is_none() {
                return Err(vm.new_type_error(format!(
                    "argument should be integer or None, not '{}'",
                    crate::objects::typeobject::class_name(g)
                )));
            }
            let g = vm.index_isize(g)?;
            if g == -1 {
                return Ok(new_list(vm, gc::objects(None)));
            }
            if g >= NUM_GENERATIONS as isize {
                return Err(vm.new_value_error(format!("generation parameter must be less than the number of available generations ({NUM_GENERATIONS})")));
            }
            if g < 0 {
                return Err(vm.new_value_error("generation parameter cannot be negative"));
            }
            Some(g as usize)
        }
        _ => None,
    };
    Ok(new_list(vm, gc::objects(gen)))
}

fn get_referrers(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    args.no_kwargs(vm, "get_referrers")?;
    let targets = args.positional();
    let mut out = Vec::new();
    for o in gc::objects(None) {
        let mut hit = false;
        gc::traverse(&o, &mut |c| {
            if targets.iter().any(|t| t.is(c)) {
                hit = true;
            }
        });
        if hit {
            out.push(o);
        }
    }
    Ok(new_list(vm, out))
}

fn get_referents(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    args.no_kwargs(vm, "get_referents")?;
    let mut out = Vec::new();
    for o in args.positional() {
        if !o.has_flag(flags::GC_HEAD) {
            continue;
        }
        gc::traverse(o, &mut |c| out.push(c.clone()));
    }
    Ok(new_list(vm, out))
}

fn is_tracked(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "gc.is_tracked", 1, 1)?;
    Ok(vm.bool_obj(gc::is_tracked(&a[0])))
}

fn is_finalized(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "gc.is_finalized", 1, 1)?;
    Ok(vm.bool_obj(a[0].has_flag(flags::FINALIZED)))
}

fn freeze(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    args.check_positional(vm, "gc.freeze", 0, 0)?;
    gc::freeze();
    Ok(vm.none.clone())
}

fn unfreeze(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    args.check_positional(vm, "gc.unfreeze", 0, 0)?;
    gc::unfreeze();
    Ok(vm.none.clone())
}

fn get_freeze_count(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    args.check_positional(vm, "gc.get_freeze_count", 0, 0)?;
    Ok(new_int(vm, gc::freeze_count() as i64))
}

/// Creates the `gc` module.
pub fn create(vm: &Vm) -> PyResult<PyRef> {
    let m = new_module(vm, "gc");
    let d = module_dict(&m);
    let d = d.downcast_ref::<PyDict>().expect("module dict");
    d.set_str(vm, "__doc__", crate::objects::unicodeobject::new_str_object(vm, "This module provides access to the garbage collector for reference cycles.\n\nenable() -- Enable automatic garbage collection.\ndisable() -- Disable automatic garbage collection.\nisenabled() -- Returns true if automatic collection is enabled.\ncollect() -- Do a full collection right now.\nget_count() -- Return the current collection counts.\nget_stats() -- Return list of dictionaries containing per-generation stats.\nset_debug() -- Set debugging flags.\nget_debug() -- Get debugging flags.\nset_threshold() -- Set the collection thresholds.\nget_threshold() -- Return the current the collection thresholds.\nget_objects() -- Return a list of all objects tracked by the collector.\nis_tracked() -- Returns true if a given object is tracked.\nis_finalized() -- Returns true if a given object has been already finalized.\nget_referrers() -- Return the list of objects that refer to an object.\nget_referents() -- Return the list of objects that an object refers to.\nfreeze() -- Freeze all tracked objects and ignore them for future collections.\nunfreeze() -- Unfreeze all objects in the permanent generation.\nget_freeze_count() -- Return the number of objects in the permanent generation.\n"));
    for f in [
        MethodDef::new("enable", enable),
        MethodDef::new("disable", disable),
        MethodDef::new("isenabled", isenabled),
        MethodDef::new("collect", collect),
        MethodDef::new("get_count", get_count),
        MethodDef::new("get_threshold", get_threshold),
        MethodDef::new("set_threshold", set_threshold),
        MethodDef::new("get_debug", get_debug),
        MethodDef::new("set_debug", set_debug),
        MethodDef::new("get_stats", get_stats),
        MethodDef::new("get_objects", get_objects),
        MethodDef::new("get_referrers", get_referrers),
        MethodDef::new("get_referents", get_referents),
        MethodDef::new("is_tracked", is_tracked),
        MethodDef::new("is_finalized", is_finalized),
        MethodDef::new("freeze", freeze),
        MethodDef::new("unfreeze", unfreeze),
        MethodDef::new("get_freeze_count", get_freeze_count),
    ] {
        d.set_str(vm, f.name, new_builtin_function(vm, f, Some(m.clone())));
    }
    d.set_str(vm, "garbage", new_list(vm, vec![]));
    d.set_str(vm, "callbacks", new_list(vm, vec![]));
    for (n, v) in [
        ("DEBUG_STATS", debug::STATS),
        ("DEBUG_COLLECTABLE", debug::COLLECTABLE),
        ("DEBUG_UNCOLLECTABLE", debug::UNCOLLECTABLE),
        ("DEBUG_SAVEALL", debug::SAVEALL),
        ("DEBUG_LEAK", debug::LEAK),
    ] {
        d.set_str(vm, n, new_int(vm, v as i64));
    }
    Ok(m)
}
