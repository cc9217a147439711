//! `intrcheck.h`: the fork protocol C code follows around `fork()`
//! (`PyOS_BeforeFork`, `PyOS_AfterFork_Parent`, `PyOS_AfterFork_Child`),
//! which runs the `os.register_at_fork` hooks as `os.fork` does.

use crate::runtime::vm;
use core_interp::modules::posixmodule::{after_fork, before_fork};

capi! {
    api fn PyOS_BeforeFork() {
        before_fork(vm());
        Ok(())
    }
    api fn PyOS_AfterFork_Parent() {
        after_fork(vm(), false);
        Ok(())
    }
    api fn PyOS_AfterFork_Child() {
        after_fork(vm(), true);
        Ok(())
    }
    api fn PyOS_AfterFork() {
        after_fork(vm(), true);
        Ok(())
    }
}
