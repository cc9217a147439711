//! Call arguments in vectorcall form, and the declarative parameter parser
//! built-in functions use (positional-only, keyword-only, defaults), which
//! produces CPython's exact TypeError messages.

use crate::objects::object::PyRef;
use crate::objects::unicodeobject::PyStr;
use crate::vm::{PyResult, Vm};

/// Arguments of one call: `args` holds the positional values followed by the
/// keyword values; `kwnames` names the trailing keyword values.
#[derive(Clone, Copy)]
pub struct CallArgs<'a> {
    pub args: &'a [PyRef],
    pub kwnames: &'a [PyRef],
}

impl<'a> CallArgs<'a> {
    pub fn positional_only(args: &'a [PyRef]) -> CallArgs<'a> {
        CallArgs { args, kwnames: &[] }
    }

    pub fn new(args: &'a [PyRef], kwnames: &'a [PyRef]) -> CallArgs<'a> {
        debug_assert!(kwnames.len() <= args.len());
        CallArgs { args, kwnames }
    }

    /// The positional values.
    #[inline]
    pub fn positional(&self) -> &'a [PyRef] {
        &self.args[..self.args.len() - self.kwnames.len()]
    }

    /// The keyword values, parallel to `kwnames`.
    pub fn kw_values(&self) -> &'a [PyRef] {
        &self.args[self.args.len() - self.kwnames.len()..]
    }

    pub fn has_kwargs(&self) -> bool {
        !self.kwnames.is_empty()
    }

    /// Keyword (name, value) pairs.
    pub fn kwargs(&self) -> impl Iterator<Item = (&'a PyRef, &'a PyRef)> {
        self.kwnames.iter().zip(self.kw_values())
    }

    /// The same arguments without the first positional one (the bound self).
    pub fn skip_first(&self) -> CallArgs<'a> {
        CallArgs {
            args: &self.args[1..],
            kwnames: self.kwnames,
        }
    }

    /// Raises `TypeError: name() takes no keyword arguments` if keywords were given.
    pub fn no_kwargs(&self, vm: &Vm, name: &str) -> PyResult<()> {
        if self.kwnames.is_empty() {
            Ok(())
        } else {
            Err(vm.new_type_error(format!("{name}() takes no keyword arguments")))
        }
    }

    /// Checks a positional-only call with `min..=max` arguments, with CPython's messages.
    pub fn check_positional(
        &self,
        vm: &Vm,
        name: &str,
        min: usize,
        max: usize,
    ) -> PyResult<&'a [PyRef]> {
        self.no_kwargs(vm, name)?;
        let pos = self.positional();
        let n = pos.len();
        if n >= min && n <= max {
            return Ok(pos);
        }
        let msg = if min == max {
            match min {
                0 => format!("{name}() takes no arguments ({n} given)"),
                1 => format!("{name}() takes exactly one argument ({n} given)"),
                _ => format!("{name} expected {min} arguments, got {n}"),
            }
        } else if n < min {
            format!(
                "{name} expected at least {min} argument{}, got {n}",
                if min == 1 { "" } else { "s" }
            )
        } else {
            format!(
                "{name} expected at most {max} argument{}, got {n}",
                if max == 1 { "" } else { "s" }
            )
        };
        Err(vm.new_type_error(msg))
    }
}

impl<'a> CallArgs<'a> {
    /// Checks a method's positional arguments (self excluded from `min`/`max`
    /// and from the counts in messages, as CPython reports them); returns all
    /// positional values, self first.
    pub fn check_method(
        &self,
        vm: &Vm,
        qualname: &str,
        min: usize,
        max: usize,
    ) -> PyResult<&'a [PyRef]> {
        let pos = self.positional();
        let n = pos.len().saturating_sub(1);
        if !self.kwnames.is_empty() {
            return Err(vm.new_type_error(format!("{qualname}() takes no keyword arguments")));
        }
        if n >= min && n <= max {
            return Ok(pos);
        }
        let short = qualname.rsplit('.').next().unwrap_or(qualname);
        let plural = |k: usize| if k == 1 { "" } else { "s" };
        let msg = match (min, max) {
            (0, 0) => format!("{qualname}() takes no arguments ({n} given)"),
            (1, 1) => format!("{qualname}() takes exactly one argument ({n} given)"),
            (a, b) if a == b => format!("{short} expected {a} argument{}, got {n}", plural(a)),
            (a, _) if n < a => format!(
                "{short} expected at least {a} argument{}, got {n}",
                plural(a)
            ),
            (_, b) => format!(
                "{short} expected at most {b} argument{}, got {n}",
                plural(b)
            ),
        };
        Err(vm.new_type_error(msg))
    }
}

/// A declared parameter list for a built-in, Argument-Clinic style.
pub struct Signature {
    /// The function name used in messages.
    pub name: &'static str,
    /// Parameter names, positional ones first, then keyword-only ones.
    pub params: &'static [&'static str],
    /// How many leading parameters are positional-only.
    pub posonly: usize,
    /// How many parameters may be given positionally (positional-only included).
    pub positional: usize,
    /// How many leading parameters are required.
    pub required: usize,
}

impl Signature {
    /// Binds the arguments to the parameters; missing optional ones are `None`.
    pub fn bind(&self, vm: &Vm, args: CallArgs<'_>) -> PyResult<Vec<Option<PyRef>>> {
        let mut out: Vec<Option<PyRef>> = vec![None; self.params.len()];
        let pos = args.positional();
        if pos.len() > self.positional {
            let msg = if self.positional == self.required && self.posonly == self.positional {
                match self.positional {
                    0 => format!("{}() takes no positional arguments", self.name),
                    1 => format!(
                        "{}() takes exactly one argument ({} given)",
                        self.name,
                        pos.len()
                    ),
                    n => format!(
                        "{}() takes exactly {n} positional arguments ({} given)",
                        self.name,
                        pos.len()
                    ),
                }
            } else {
                format!(
                    "{}() takes at most {} {}argument{} ({} given)",
                    self.name,
                    self.positional,
                    if self.positional < self.params.len() {
                        "positional "
                    } else {
                        ""
                    },
                    if self.positional == 1 { "" } else { "s" },
                    pos.len()
                )
            };
            return Err(vm.new_type_error(msg));
        }
        for (slot, v) in out.iter_mut().zip(pos) {
            *slot = Some(v.clone());
        }
        let mut unexpected = None;
        for (name, value) in args.kwargs() {
            let key = name
                .downcast_ref::<PyStr>()
                .map(|s| s.to_string_lossy())
                .unwrap_or_default();
            match self.params.iter().position(|p| **p == *key) {
                Some(i) if i >= self.posonly => {
                    if out[i].is_some() {
                        return Err(vm.new_type_error(format!(
                            "argument for {}() given by name ('{key}') and position ({})",
                            self.name,
                            i + 1
                        )));
                    }
                    out[i] = Some(value.clone());
                }
                Some(_) if self.params.len() == self.posonly => {
                    return Err(
                        vm.new_type_error(format!("{}() takes no keyword arguments", self.name))
                    );
                }
                _ => {
                    // Reported after missing arguments, as CPython's keyword unpacking does.
                    unexpected.get_or_insert(key);
                }
            }
        }
        for (i, slot) in out.iter().enumerate().take(self.required) {
            if slot.is_none() {
                let msg = if i < self.posonly {
                    format!(
                        "{}() takes {} {} argument{} ({} given)",
                        self.name,
                        if self.required == self.positional {
                            "exactly"
                        } else {
                            "at least"
                        },
                        self.required,
                        if self.required == 1 { "" } else { "s" },
                        pos.len()
                    )
                } else if i < self.positional {
                    format!(
                        "{}() missing required argument '{}' (pos {})",
                        self.name,
                        self.params[i],
                        i + 1
                    )
                } else {
                    format!(
                        "{}() missing required keyword-only argument '{}'",
                        self.name, self.params[i]
                    )
                };
                return Err(vm.new_type_error(msg));
            }
        }
        if let Some(key) = unexpected {
            return Err(vm.new_type_error(format!(
                "'{key}' is an invalid keyword argument for {}()",
                self.name
            )));
        }
        Ok(out)
    }
}

/// A C `int` argument, converted as Argument Clinic's `int` converter does
/// (`__index__`, then OverflowError outside the C range).
pub fn c_int(vm: &Vm, o: &PyRef) -> PyResult<i32> {
    let i = vm.index(o)?;
    crate::objects::longobject::int_to_i64(&i)
        .and_then(|v| i32::try_from(v).ok())
        .ok_or_else(|| vm.new_overflow_error("Python int too large to convert to C int"))
}
