//! The interactive prompt: reads statements (continuation lines after a
//! colon or open bracket), compiles them in 'single' mode and prints values.

use crate::objects::moduleobject::module_dict;
use crate::vm::pythonrun::handle_uncaught;
use crate::vm::Vm;
use std::io::{BufRead, Write};

/// Runs the read-eval-print loop until EOF; returns the exit status.
pub fn repl(vm: &Vm) -> i32 {
    eprintln!("Python 3.11.7 (oxpy)\nType \"help\", \"copyright\", \"credits\" or \"license\" for more information.");
    let m = crate::objects::moduleobject::new_module(vm, "__main__");
    let d = module_dict(&m);
    d.downcast_ref::<crate::objects::dictobject::PyDict>()
        .unwrap()
        .set_str(vm, "__builtins__", vm.builtins_module());
    let stdin = std::io::stdin();
    let mut buf = String::new();
    loop {
        eprint!("{}", if buf.is_empty() { ">>> " } else { "... " });
        let _ = std::io::stderr().flush();
        let mut line = String::new();
        match stdin.lock().read_line(&mut line) {
            Ok(0) | Err(_) => {
                eprintln!();
                return 0;
            }
            Ok(_) => {}
        }
        buf.push_str(&line);
        let trimmed = line.trim_end();
        let continues = !trimmed.is_empty()
            && (buf.lines().count() > 1 || trimmed.ends_with(':') || trimmed.ends_with('\\'));
        if continues {
            continue;
        }
        let src = std::mem::take(&mut buf);
        let r = crate::vm::compile_source(vm, &src, "<stdin>", crate::compile::Mode::Single)
            .and_then(|code| {
                let frame = crate::vm::frame::Frame::new_with_locals(
                    vm,
                    code,
                    d.clone(),
                    Some(d.clone()),
                    None,
                );
                crate::vm::ceval::run_frame(vm, &frame, crate::vm::ceval::Resume::Start).map(|_| ())
            });
        if let Err(e) = r {
            if e.matches(&vm.exceptions.system_exit) {
                return handle_uncaught(vm, e);
            }
            handle_uncaught(vm, e);
        }
    }
}
