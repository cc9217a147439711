//! `sigwaitinfo`, `sigtimedwait` and the `struct_siginfo` they return.

use super::masks::sigset_arg;
use crate::objects::longobject::new_int;
use crate::objects::methodobject::MethodDef;
use crate::objects::object::PyRef;
use crate::objects::structseq::{new_structseq, new_structseq_type, StructSeqDesc};
use crate::vm::{CallArgs, PyResult, Vm};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

const STRUCT_SIGINFO: StructSeqDesc = StructSeqDesc {
    name: "signal.struct_siginfo",
    fields: &[
        "si_signo",
        "si_code",
        "si_errno",
        "si_pid",
        "si_uid",
        "si_status",
        "si_band",
    ],
    n_in_sequence: 7,
};

static STRUCT_SIGINFO_TYPE: OnceLock<PyRef> = OnceLock::new();

pub(super) fn struct_siginfo_type(vm: &Vm) -> PyRef {
    STRUCT_SIGINFO_TYPE
        .get_or_init(|| new_structseq_type(vm, &STRUCT_SIGINFO))
        .clone()
}

/// Reads a field of `siginfo_t`'s union, `offset` bytes from its start.
///
/// glibc's layout on 64-bit Linux: three ints, then the union at byte 16,
/// where `si_pid` (int) and `si_uid` (uint) start a kill/child record whose
/// `si_status` (int) is at byte 24, and `si_band` (long) starts a poll record.
fn union_field<T: Copy>(si: &libc::siginfo_t, offset: usize) -> T {
    debug_assert!(offset + std::mem::size_of::<T>() <= std::mem::size_of::<libc::siginfo_t>());
    // SAFETY: `offset` lies inside the struct (the layout above), and any bit
    // pattern is a valid integer; read_unaligned needs no alignment.
    unsafe {
        std::ptr::read_unaligned((si as *const libc::siginfo_t as *const u8).add(offset) as *const T)
    }
}

/// `fill_siginfo`: the struct_siginfo of a received signal.
fn fill_siginfo(vm: &Vm, si: &libc::siginfo_t) -> PyRef {
    let values = vec![
        new_int(vm, i64::from(si.si_signo)),
        new_int(vm, i64::from(si.si_code)),
        new_int(vm, i64::from(si.si_errno)),
        new_int(vm, i64::from(union_field::<libc::pid_t>(si, 16))),
        new_int(vm, i64::from(union_field::<libc::uid_t>(si, 20))),
        new_int(vm, i64::from(union_field::<libc::c_int>(si, 24))),
        new_int(vm, union_field::<libc::c_long>(si, 16)),
    ];
    new_structseq(vm, &struct_siginfo_type(vm), values)
}

fn errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(0)
}

fn sigwaitinfo(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "_signal.sigwaitinfo", 1, 1)?;
    let set = sigset_arg(vm, &a[0])?;
    loop {
        // SAFETY: `set` is initialised; `si` is written by the call.
        let (r, si, e) = vm.allow_threads(|| unsafe {
            let mut si: libc::siginfo_t = std::mem::zeroed();
            let r = libc::sigwaitinfo(&set, &mut si);
            (r, si, errno())
        });
        if r != -1 {
            return Ok(fill_siginfo(vm, &si));
        }
        if e != libc::EINTR {
            return Err(super::os_error(vm, e));
        }
        crate::vm::signals::check(vm)?;
    }
}

fn sigtimedwait(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "sigtimedwait", 2, 2)?;
    let set = sigset_arg(vm, &a[0])?;
    let ns = crate::modules::time::timeout_ns(vm, &a[1], true)?;
    if ns < 0 {
        return Err(vm.new_value_error("timeout must be non-negative"));
    }
    let mut left = Duration::from_nanos(u64::try_from(ns).unwrap_or(u64::MAX));
    let deadline = Instant::now().checked_add(left);
    loop {
        let ts = libc::timespec {
            tv_sec: left.as_secs().min(libc::time_t::MAX as u64) as libc::time_t,
            tv_nsec: libc::c_long::from(left.subsec_nanos() as i32),
        };
        // SAFETY: `set` and `ts` are initialised; `si` is written by the call.
        let (r, si, e) = vm.allow_threads(|| unsafe {
            let mut si: libc::siginfo_t = std::mem::zeroed();
            let r = libc::sigtimedwait(&set, &mut si, &ts);
            (r, si, errno())
        });
        if r != -1 {
            return Ok(fill_siginfo(vm, &si));
        }
        match e {
            libc::EAGAIN => return Ok(vm.none.clone()),
            libc::EINTR => {}
            _ => return Err(super::os_error(vm, e)),
        }
        crate::vm::signals::check(vm)?;
        match deadline.and_then(|d| d.checked_duration_since(Instant::now())) {
            Some(l) => left = l,
            None if deadline.is_none() => {}
            None => return Ok(vm.none.clone()),
        }
    }
}

pub(super) static METHODS: &[MethodDef] = &[
    MethodDef::new("sigwaitinfo", sigwaitinfo).with_doc("Wait synchronously until one of the signals in *sigset* is delivered.\n\nReturns a struct_siginfo containing information about the signal."),
    MethodDef::new("sigtimedwait", sigtimedwait).with_doc("Like sigwaitinfo(), but with a timeout.\n\nThe timeout is specified in seconds, with floating point numbers allowed."),
];
