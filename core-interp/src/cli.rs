//! The `oxpy` command line, as `python3`'s: `oxpy FILE args…`, `-c CMD`,
//! `-m MODULE`, `-` or piped stdin, an interactive loop on a terminal, and
//! the everyday flags. Runs the interpreter on a thread with a large stack
//! so that deep recursion ends in RecursionError, not a crash.

use crate::modules::sysmodule_info::SysConfig;
use crate::objects::dictobject::PyDict;
use crate::objects::moduleobject::{module_dict, new_module};
use crate::objects::unicodeobject::new_str_object;
use crate::vm::pythonrun::{handle_uncaught, run_source};
use crate::vm::Vm;
use std::io::{IsTerminal, Read, Write};

const USAGE: &str = "usage: oxpy [option] ... [-c cmd | -m mod | file | -] [arg] ...
Options:
-B     : don't write .pyc files on import
-c cmd : program passed in as string (terminates option list)
-E     : ignore PYTHON* environment variables (such as PYTHONPATH)
-h     : print this help message and exit (also -? or --help)
-I     : isolate Python from the user's environment (implies -E and -s)
-m mod : run library module as a script (terminates option list)
-s     : don't add user site directory to sys.path
-S     : don't imply 'import site' on initialization
-u     : force the stdout and stderr streams to be unbuffered
-V     : print the Python version number and exit (also --version)
-X opt : set implementation-specific option
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]
";

/// What to run.
enum Program {
    File(String),
    Command(String),
    Module(String),
    Stdin,
}

struct Options {
    program: Program,
    argv: Vec<String>,
    ignore_env: bool,
    cfg: SysConfig,
}

fn parse_args(args: &[String]) -> Result<Options, i32> {
    let mut i = 0;
    let mut ignore_env = false;
    let mut cfg = SysConfig::default();
    let done = |program: Program, argv: Vec<String>, ignore_env: bool, cfg: SysConfig| {
        Ok(Options {
            program,
            argv,
            ignore_env,
            cfg,
        })
    };
    while i < args.len() {
        let a = &args[i];
        if a == "-" {
            return done(Program::Stdin, args[i..].to_vec(), ignore_env, cfg);
        }
        if !a.starts_with('-') || a.len() < 2 {
            return done(
                Program::File(a.clone()),
                args[i..].to_vec(),
                ignore_env,
                cfg,
            );
        }
        match a.as_str() {
            "--help" | "-h" | "-?" => {
                print!("{USAGE}");
                return Err(0);
            }
            "--version" | "-V" => {
                println!("Python 3.11.7");
                return Err(0);
            }
            _ => {}
        }
        let flags: Vec<char> = a[1..].chars().collect();
        let mut j = 0;
        while j < flags.len() {
            match flags[j] {
                'c' | 'm' | 'X' | 'W' => {
                    let rest: String = flags[j + 1..].iter().collect();
                    let value = if !rest.is_empty() {
                        rest
                    } else {
                        i += 1;
                        match args.get(i) {
                            Some(v) => v.clone(),
                            None => {
                                eprintln!(
                                    "Argument expected for the -{} option\n{USAGE}",
                                    flags[j]
                                );
                                return Err(2);
                            }
                        }
                    };
                    match flags[j] {
                        'c' => {
                            let mut argv = vec!["-c".to_string()];
                            argv.extend_from_slice(&args[i + 1..]);
                            return done(Program::Command(value), argv, ignore_env, cfg);
                        }
                        'm' => {
                            // `-m` until runpy has found the module's file (as CPython).
                            let mut argv = vec!["-m".to_string()];
                            argv.extend_from_slice(&args[i + 1..]);
                            return done(Program::Module(value), argv, ignore_env, cfg);
                        }
                        'X' => {
                            let (k, v) = match value.split_once('=') {
                                Some((k, v)) => (k.to_string(), Some(v.to_string())),
                                None => (value.clone(), None),
                            };
                            if k == "dev" {
                                cfg.dev_mode = true;
                            }
                            if k == "utf8" {
                                cfg.utf8_mode = v.as_deref() != Some("0");
                            }
                            cfg.xoptions.push((k, v));
                            break;
                        }
                        _ => {
                            cfg.warnoptions.push(value);
                            break;
                        }
                    }
                }
                'E' => ignore_env = true,
                'I' => {
                    ignore_env = true;
                    cfg.isolated = true;
                    cfg.no_user_site = true;
                    cfg.safe_path = true;
                }
                'u' => cfg.unbuffered = true,
                'B' => cfg.dont_write_bytecode = true,
                's' => cfg.no_user_site = true,
                'S' => cfg.no_site = true,
                'q' => cfg.quiet = true,
                'O' => cfg.optimize += 1,
                'v' => cfg.verbose += 1,
                'b' => cfg.bytes_warning += 1,
                'i' => {
                    cfg.inspect = true;
                    cfg.interactive = true;
                }
                'P' => cfg.safe_path = true,
                'd' => {}
                'V' => {
                    println!("Python 3.11.7");
                    return Err(0);
                }
                other => {
                    eprintln!("Unknown option: -{other}\n{USAGE}");
                    return Err(2);
                }
            }
            j += 1;
        }
        i += 1;
    }
    done(Program::Stdin, vec![String::new()], ignore_env, cfg)
}

fn hash_seed(ignore_env: bool) -> Option<u64> {
    if ignore_env {
        return None;
    }
    match std::env::var("PYTHONHASHSEED") {
        Ok(s) if s != "random" => s.parse().ok(),
        _ => None,
    }
}

fn new_main_module(vm: &Vm, file: Option<&str>) -> crate::objects::object::PyRef {
    let m = new_module(vm, "__main__");
    let d = module_dict(&m);
    let dd = d.downcast_ref::<PyDict>().unwrap();
    dd.set_str(vm, "__builtins__", vm.builtins_module());
    if let Some(f) = file {
        dd.set_str(vm, "__file__", new_str_object(vm, f));
    }
    // As CPython: scripts are loaded by a SourceFileLoader, `-c` and stdin
    // by BuiltinImporter.
    let loader = match file {
        Some(f) => vm
            .modules
            .downcast_ref::<PyDict>()
            .and_then(|m| m.get_rust_str(vm, "_frozen_importlib_external"))
            .and_then(|ext| {
                vm.call_method(
                    &ext,
                    "SourceFileLoader",
                    &[vm.intern("__main__"), new_str_object(vm, f)],
                )
                .ok()
            }),
        None => vm
            .importlib
            .borrow()
            .as_ref()
            .and_then(|b| vm.getattr_str(b, "BuiltinImporter").ok()),
    };
    if let Some(l) = loader {
        dd.set_str(vm, "__loader__", l);
    }
    vm.modules
        .downcast_ref::<PyDict>()
        .unwrap()
        .set_str(vm, "__main__", m.clone());
    m
}

/// Completes the configuration from the environment (unless `-E`), finds
/// the standard library and computes `sys.path`, as CPython's `PyConfig_Read`.
fn finish_config(opts: &mut Options) -> Result<(), String> {
    let env = |name: &str| {
        if opts.ignore_env {
            None
        } else {
            std::env::var(name).ok().filter(|v| !v.is_empty())
        }
    };
    let cfg = &mut opts.cfg;
    cfg.ignore_environment = opts.ignore_env;
    cfg.dont_write_bytecode |= env("PYTHONDONTWRITEBYTECODE").is_some();
    cfg.unbuffered |= env("PYTHONUNBUFFERED").is_some();
    cfg.no_user_site |= env("PYTHONNOUSERSITE").is_some();
    cfg.safe_path |= env("PYTHONSAFEPATH").is_some();
    cfg.inspect |= env("PYTHONINSPECT").is_some();
    cfg.hash_randomization = env("PYTHONHASHSEED").map_or(true, |s| s != "0");
    cfg.argv = opts.argv.clone();
    cfg.orig_argv = std::env::args().collect();
    cfg.executable = std::env::current_exe()
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_default();
    cfg.prefix = crate::modules::getpath::prefix()
        .to_string_lossy()
        .into_owned();
    let stdlib = crate::modules::getpath::find_stdlib()?;
    cfg.stdlib_dir = stdlib.to_string_lossy().into_owned();
    let mut path: Vec<String> = Vec::new();
    if !cfg.safe_path {
        cfg.path0 = Some(match &opts.program {
            Program::File(f) => absolute(f)
                .parent()
                .map(|p| p.to_string_lossy().into_owned())
                .unwrap_or_default(),
            Program::Module(_) => std::env::current_dir()
                .map(|p| p.to_string_lossy().into_owned())
                .unwrap_or_default(),
            _ => String::new(),
        });
    }
    if let Some(p) = env("PYTHONPATH") {
        path.extend(p.split(':').filter(|s| !s.is_empty()).map(String::from));
    }
    path.push(cfg.stdlib_dir.clone());
    path.push(stdlib.join("lib-dynload").to_string_lossy().into_owned());
    cfg.path = path;
    Ok(())
}

/// Imports `encodings` (once `_codecs` exists) and `site` unless `-S`, as
/// CPython's start-up does, then puts the script's folder first on `sys.path`.
fn import_site_and_set_path0(vm: &Vm, cfg: &SysConfig) -> crate::vm::PyResult<()> {
    if crate::modules::find_builtin("_codecs").is_some() {
        crate::vm::import::import_module(vm, "encodings")?;
    }
    if !cfg.no_site {
        crate::vm::import::import_module(vm, "site")?;
    }
    if let Some(p0) = &cfg.path0 {
        let path = crate::modules::sysmodule::sys_attr(vm, "path")?;
        vm.call_method(
            &path,
            "insert",
            &[
                crate::objects::longobject::new_int(vm, 0),
                new_str_object(vm, p0),
            ],
        )?;
    }
    Ok(())
}

fn run(mut opts: Options) -> i32 {
    crate::objects::hashing::init_hash_secret(hash_seed(opts.ignore_env));
    if let Err(msg) = finish_config(&mut opts) {
        eprintln!("{msg}");
        return 1;
    }
    crate::vm::gil::set_main_thread();
    let vm = crate::vm::init::create_interpreter();
    // `create_interpreter` registered the Vm at its old address; register where it lives now.
    crate::vm::dealloc_hooks::set_current(&vm);
    let marker = 0u8;
    vm.ts
        .stack_limit
        .set((&marker as *const u8 as usize).saturating_sub(STACK_SIZE - STACK_RESERVE));
    crate::vm::signals::install_default_handlers();
    {
        let sys = vm.sys.borrow().clone().expect("sys");
        let d = module_dict(&sys);
        crate::modules::sysmodule_info::apply_config(
            &vm,
            d.downcast_ref::<PyDict>().expect("dict"),
            &opts.cfg,
        );
    }
    if let Err(e) =
        crate::vm::importlib_init::install(&vm, std::path::Path::new(&opts.cfg.stdlib_dir))
    {
        eprintln!("Fatal Python error: init_importlib: failed to install the import system");
        crate::vm::pythonrun::print_exception(&vm, e.value());
        return 1;
    }
    let stdio = crate::modules::io::stdio::StdioConfig {
        unbuffered: opts.cfg.unbuffered,
        io_encoding: if opts.ignore_env {
            None
        } else {
            std::env::var("PYTHONIOENCODING")
                .ok()
                .filter(|v| !v.is_empty())
        },
    };
    if let Err(e) = crate::modules::io::stdio::install(&vm, &stdio) {
        eprintln!("Fatal Python error: init_sys_streams: can't initialize sys standard streams");
        crate::vm::pythonrun::print_exception(&vm, e.value());
        return 1;
    }
    if let Err(e) = import_site_and_set_path0(&vm, &opts.cfg) {
        eprintln!("Fatal Python error: init_import_site: Failed to import the site module\nPython runtime state: initialized");
        crate::vm::pythonrun::print_exception(&vm, e.value());
        return 1;
    }
    let result = match &opts.program {
        Program::File(f) => match std::fs::read(f) {
            Ok(bytes) => {
                let src = String::from_utf8_lossy(&bytes).into_owned();
                let path = absolute(f).to_string_lossy().into_owned();
                let m = new_main_module(&vm, Some(&path));
                run_source(&vm, &src, &path, &module_dict(&m)).map(|_| ())
            }
            Err(e) => {
                let abs = std::fs::canonicalize(".")
                    .map(|p| p.join(f))
                    .unwrap_or_else(|_| f.into());
                eprintln!(
                    "oxpy: can't open file '{}': [Errno {}] {}",
                    abs.display(),
                    e.raw_os_error().unwrap_or(0),
                    io_msg(&e)
                );
                return 2;
            }
        },
        Program::Command(c) => {
            let m = new_main_module(&vm, None);
            run_source(&vm, c, "<string>", &module_dict(&m)).map(|_| ())
        }
        Program::Module(name) => run_module(&vm, name),
        Program::Stdin => {
            if std::io::stdin().is_terminal() {
                return crate::cli_repl::repl(&vm);
            }
            let mut src = String::new();
            let _ = std::io::stdin().read_to_string(&mut src);
            let m = new_main_module(&vm, None);
            run_source(&vm, &src, "<stdin>", &module_dict(&m)).map(|_| ())
        }
    };
    let mut code = match result {
        Ok(()) => 0,
        Err(e) => handle_uncaught(&vm, e),
    };
    crate::modules::threadmodule::wait_for_thread_shutdown(&vm);
    crate::modules::atexitmodule::run_exitfuncs(&vm);
    if !crate::modules::io::stdio::flush_std_files(&vm) && code == 0 {
        code = 120;
    }
    crate::vm::gil::finalize();
    let _ = std::io::stdout().flush();
    code
}

/// The absolute form of a script path, as CPython 3.11 records `__file__`.
fn absolute(f: &str) -> std::path::PathBuf {
    let p = std::path::Path::new(f);
    if p.is_absolute() {
        return p.to_path_buf();
    }
    match std::env::current_dir() {
        Ok(cwd) => cwd.join(p),
        Err(_) => p.to_path_buf(),
    }
}

fn io_msg(e: &std::io::Error) -> String {
    let s = e.to_string();
    match s.find(" (os error") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

/// `-m NAME`: runs the module as `__main__` through `runpy`, as CPython does.
fn run_module(vm: &Vm, name: &str) -> crate::vm::PyResult<()> {
    new_main_module(vm, None);
    let runpy = crate::vm::import::import_module(vm, "runpy")?;
    vm.call_method(
        &runpy,
        "_run_module_as_main",
        &[new_str_object(vm, name), vm.true_.clone()],
    )?;
    Ok(())
}

/// Stack reserved for the interpreter thread (virtual memory; pages are touched on demand).
const STACK_SIZE: usize = 1 << 30;
/// Stack kept free below the recursion guard for Rust code and C extensions.
const STACK_RESERVE: usize = 4 << 20;

/// Entry point of the `oxpy` binary: returns the process exit status.
pub fn main() -> i32 {
    // As CPython's start-up: LC_CTYPE comes from the environment (LANG,
    // LC_ALL, LC_CTYPE); the other categories stay "C" until setlocale().
    // SAFETY: no other thread exists yet; the argument is NUL-terminated.
    unsafe { libc::setlocale(libc::LC_CTYPE, c"".as_ptr()) };
    let args: Vec<String> = std::env::args().skip(1).collect();
    let opts = match parse_args(&args) {
        Ok(o) => o,
        Err(code) => return code,
    };
    let child = std::thread::Builder::new()
        .name("oxpy-main".into())
        .stack_size(STACK_SIZE)
        .spawn(move || {
            match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| run(opts))) {
                Ok(code) => code,
                Err(p) => {
                    let msg = p
                        .downcast_ref::<&str>()
                        .map(|s| s.to_string())
                        .or_else(|| p.downcast_ref::<String>().cloned())
                        .unwrap_or_default();
                    eprintln!("SystemError: internal error in oxpy: {msg}");
                    1
                }
            }
        });
    match child {
        Ok(h) => {
            // Signals sent to the process must reach the interpreter's
            // threads, whose masks Python controls (pthread_sigmask), not
            // this one, which only waits: it blocks them all.
            // SAFETY: `all` is initialised by sigfillset before use.
            unsafe {
                let mut all: libc::sigset_t = std::mem::zeroed();
                libc::sigfillset(&mut all);
                libc::pthread_sigmask(libc::SIG_BLOCK, &all, std::ptr::null_mut());
            }
            h.join().unwrap_or(1)
        }
        Err(e) => {
            eprintln!("oxpy: cannot start the interpreter thread: {e}");
            1
        }
    }
}
