//! `sys`'s descriptive values: the start-up configuration (`SysConfig`),
//! `sys.flags`, `version_info`, `implementation`, `float_info`, `int_info`,
//! `hash_info`, `thread_info`, and the path/prefix attributes.

use crate::objects::dictobject::PyDict;
use crate::objects::floatobject::new_float;
use crate::objects::listobject::new_list;
use crate::objects::longobject::new_int;
use crate::objects::object::PyRef;
use crate::objects::structseq::{new_structseq, new_structseq_type, StructSeqDesc};
use crate::objects::unicodeobject::new_str_object;
use crate::vm::Vm;

/// `sys.implementation.cache_tag`: names oxpy's `__pycache__` files.
pub const CACHE_TAG: &str = "oxpy-311";

/// What the command line and environment decided, as CPython's `PyConfig`.
#[derive(Clone, Default)]
pub struct SysConfig {
    pub argv: Vec<String>,
    pub orig_argv: Vec<String>,
    pub path: Vec<String>,
    /// The script's folder (`''` for `-c` and stdin), put first on `sys.path` after `site`.
    pub path0: Option<String>,
    pub executable: String,
    pub prefix: String,
    pub stdlib_dir: String,
    pub warnoptions: Vec<String>,
    pub xoptions: Vec<(String, Option<String>)>,
    pub inspect: bool,
    pub interactive: bool,
    pub optimize: i64,
    pub dont_write_bytecode: bool,
    pub no_user_site: bool,
    pub no_site: bool,
    pub ignore_environment: bool,
    pub verbose: i64,
    pub bytes_warning: i64,
    pub quiet: bool,
    pub hash_randomization: bool,
    pub isolated: bool,
    pub dev_mode: bool,
    pub utf8_mode: bool,
    pub safe_path: bool,
    pub unbuffered: bool,
}

const FLAGS: StructSeqDesc = StructSeqDesc {
    name: "sys.flags",
    fields: &[
        "debug",
        "inspect",
        "interactive",
        "optimize",
        "dont_write_bytecode",
        "no_user_site",
        "no_site",
        "ignore_environment",
        "verbose",
        "bytes_warning",
        "quiet",
        "hash_randomization",
        "isolated",
        "dev_mode",
        "utf8_mode",
        "warn_default_encoding",
        "safe_path",
        "int_max_str_digits",
    ],
    n_in_sequence: 18,
};

const VERSION_INFO: StructSeqDesc = StructSeqDesc {
    name: "sys.version_info",
    fields: &["major", "minor", "micro", "releaselevel", "serial"],
    n_in_sequence: 5,
};

const FLOAT_INFO: StructSeqDesc = StructSeqDesc {
    name: "sys.float_info",
    fields: &[
        "max",
        "max_exp",
        "max_10_exp",
        "min",
        "min_exp",
        "min_10_exp",
        "dig",
        "mant_dig",
        "epsilon",
        "radix",
        "rounds",
    ],
    n_in_sequence: 11,
};

const INT_INFO: StructSeqDesc = StructSeqDesc {
    name: "sys.int_info",
    fields: &[
        "bits_per_digit",
        "sizeof_digit",
        "default_max_str_digits",
        "str_digits_check_threshold",
    ],
    n_in_sequence: 4,
};

const HASH_INFO: StructSeqDesc = StructSeqDesc {
    name: "sys.hash_info",
    fields: &[
        "width",
        "modulus",
        "inf",
        "nan",
        "imag",
        "algorithm",
        "hash_bits",
        "seed_bits",
        "cutoff",
    ],
    n_in_sequence: 9,
};

const THREAD_INFO: StructSeqDesc = StructSeqDesc {
    name: "sys.thread_info",
    fields: &["name", "lock", "version"],
    n_in_sequence: 3,
};

/// oxpy's version triple (the CPython release whose behaviour it follows).
pub const VERSION: (i64, i64, i64) = (3, 11, 7);

fn b(vm: &Vm, v: bool) -> PyRef {
    new_int(vm, v as i64)
}

fn strs(vm: &Vm, items: &[String]) -> PyRef {
    new_list(vm, items.iter().map(|s| new_str_object(vm, s)).collect())
}

/// Sets every configuration-derived attribute of `sys` (called once at start-up).
pub fn apply_config(vm: &Vm, sys_dict: &PyDict, c: &SysConfig) {
    let flags_t = new_structseq_type(vm, &FLAGS);
    let flags = new_structseq(
        vm,
        &flags_t,
        vec![
            new_int(vm, 0),
            b(vm, c.inspect),
            b(vm, c.interactive),
            new_int(vm, c.optimize),
            b(vm, c.dont_write_bytecode),
            b(vm, c.no_user_site),
            b(vm, c.no_site),
            b(vm, c.ignore_environment),
            new_int(vm, c.verbose),
            new_int(vm, c.bytes_warning),
            b(vm, c.quiet),
            b(vm, c.hash_randomization),
            b(vm, c.isolated),
            vm.bool_obj(c.dev_mode),
            b(vm, c.utf8_mode),
            new_int(vm, 0),
            vm.bool_obj(c.safe_path),
            new_int(vm, -1),
        ],
    );
    sys_dict.set_str(vm, "flags", flags);
    sys_dict.set_str(vm, "argv", strs(vm, &c.argv));
    sys_dict.set_str(vm, "orig_argv", strs(vm, &c.orig_argv));
    sys_dict.set_str(vm, "path", strs(vm, &c.path));
    sys_dict.set_str(vm, "warnoptions", strs(vm, &c.warnoptions));
    let xo = PyDict::new_ref(vm);
    for (k, v) in &c.xoptions {
        let v = match v {
            Some(v) => new_str_object(vm, v),
            None => vm.true_.clone(),
        };
        xo.downcast_ref::<PyDict>().expect("dict").set_str(vm, k, v);
    }
    sys_dict.set_str(vm, "_xoptions", xo);
    sys_dict.set_str(
        vm,
        "dont_write_bytecode",
        vm.bool_obj(c.dont_write_bytecode),
    );
    for n in ["executable", "_base_executable"] {
        sys_dict.set_str(vm, n, new_str_object(vm, &c.executable));
    }
    for n in ["prefix", "exec_prefix", "base_prefix", "base_exec_prefix"] {
        sys_dict.set_str(vm, n, new_str_object(vm, &c.prefix));
    }
    sys_dict.set_str(vm, "_stdlib_dir", new_str_object(vm, &c.stdlib_dir));
}

/// Sets the attributes of `sys` that do not depend on the configuration.
pub fn add_static_info(vm: &Vm, d: &PyDict) {
    let vi_t = new_structseq_type(vm, &VERSION_INFO);
    let (major, minor, micro) = VERSION;
    let vi = new_structseq(
        vm,
        &vi_t,
        vec![
            new_int(vm, major),
            new_int(vm, minor),
            new_int(vm, micro),
            vm.intern("final"),
            new_int(vm, 0),
        ],
    );
    d.set_str(vm, "version_info", vi.clone());
    let hexversion = (major << 24) | (minor << 16) | (micro << 8) | 0xF0;
    d.set_str(vm, "hexversion", new_int(vm, hexversion));
    d.set_str(
        vm,
        "version",
        new_str_object(vm, &format!("{major}.{minor}.{micro} (oxpy) [Rust]")),
    );
    d.set_str(vm, "api_version", new_int(vm, 1013));
    d.set_str(
        vm,
        "implementation",
        crate::objects::namespaceobject::new_namespace(
            vm,
            vec![
                ("name", vm.intern("oxpy")),
                ("cache_tag", vm.intern(CACHE_TAG)),
                ("version", vi),
                ("hexversion", new_int(vm, hexversion)),
                ("_multiarch", vm.intern("x86_64-linux-gnu")),
            ],
        ),
    );
    let fi_t = new_structseq_type(vm, &FLOAT_INFO);
    let fi = new_structseq(
        vm,
        &fi_t,
        vec![
            new_float(vm, f64::MAX),
            new_int(vm, f64::MAX_EXP as i64),
            new_int(vm, f64::MAX_10_EXP as i64),
            new_float(vm, f64::MIN_POSITIVE),
            new_int(vm, f64::MIN_EXP as i64),
            new_int(vm, f64::MIN_10_EXP as i64),
            new_int(vm, f64::DIGITS as i64),
            new_int(vm, f64::MANTISSA_DIGITS as i64),
            new_float(vm, f64::EPSILON),
            new_int(vm, f64::RADIX as i64),
            new_int(vm, 1),
        ],
    );
    d.set_str(vm, "float_info", fi);
    let ii_t = new_structseq_type(vm, &INT_INFO);
    d.set_str(
        vm,
        "int_info",
        new_structseq(
            vm,
            &ii_t,
            vec![
                new_int(vm, 30),
                new_int(vm, 4),
                new_int(vm, 4300),
                new_int(vm, 640),
            ],
        ),
    );
    let hi_t = new_structseq_type(vm, &HASH_INFO);
    let hi = new_structseq(
        vm,
        &hi_t,
        vec![
            new_int(vm, 64),
            new_int(vm, (1i64 << 61) - 1),
            new_int(vm, 314159),
            new_int(vm, 0),
            new_int(vm, 1000003),
            vm.intern("siphash13"),
            new_int(vm, 64),
            new_int(vm, 128),
            new_int(vm, 0),
        ],
    );
    d.set_str(vm, "hash_info", hi);
    let ti_t = new_structseq_type(vm, &THREAD_INFO);
    d.set_str(
        vm,
        "thread_info",
        new_structseq(
            vm,
            &ti_t,
            vec![
                vm.intern("pthread"),
                vm.intern("semaphore"),
                vm.none.clone(),
            ],
        ),
    );
    d.set_str(vm, "float_repr_style", vm.intern("short"));
    d.set_str(vm, "abiflags", vm.intern(""));
    d.set_str(vm, "platlibdir", vm.intern("lib"));
    d.set_str(vm, "pycache_prefix", vm.none.clone());
    d.set_str(vm, "copyright", new_str_object(vm, "Copyright (c) 2026 the oxpy authors.\nPython is Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved."));
    let mut names: Vec<&str> = crate::modules::BUILTIN_MODULES
        .iter()
        .map(|(n, _)| *n)
        .chain(["builtins", "sys"])
        .collect();
    names.sort_unstable();
    let t =
        crate::objects::tupleobject::new_tuple(vm, names.iter().map(|n| vm.intern(n)).collect());
    d.set_str(vm, "builtin_module_names", t);
    let stdlib: Vec<PyRef> = super::getpath::STDLIB_MODULE_NAMES
        .iter()
        .map(|n| vm.intern(n))
        .collect();
    let fs = vm
        .call_positional(
            &vm.types.frozenset_type,
            &[crate::objects::tupleobject::new_tuple(vm, stdlib)],
        )
        .expect("frozenset of str");
    d.set_str(vm, "stdlib_module_names", fs);
    d.set_str(vm, "meta_path", new_list(vm, vec![]));
    d.set_str(vm, "path_hooks", new_list(vm, vec![]));
    d.set_str(vm, "path_importer_cache", PyDict::new_ref(vm));
}
