//! The `marshal` module (CPython's `Python/marshal.c` format, version 4):
//! `dumps`/`loads`/`dump`/`load` of None, booleans, ints, floats, complex,
//! str, bytes, tuples, lists, dicts, sets, frozensets, Ellipsis and
//! StopIteration, reading back-references, and code objects in oxpy's own
//! layout (`marshal_code.rs`).

use crate::objects::bytesobject::{as_bytes, new_bytes};
use crate::objects::dictobject::PyDict;
use crate::objects::floatobject::{as_float, new_float};
use crate::objects::longobject::{as_int, new_bigint, new_int};
use crate::objects::methodobject::{new_builtin_function, MethodDef};
use crate::objects::moduleobject::{module_dict, new_module};
use crate::objects::object::PyRef;
use crate::objects::tupleobject::{new_tuple, tuple_items};
use crate::objects::unicodeobject::PyStr;
use crate::vm::{CallArgs, PyResult, Signature, Vm};
use num_bigint::{BigInt, Sign};

const FLAG_REF: u8 = 0x80;
const VERSION: i64 = 4;

fn unmarshallable(vm: &Vm) -> crate::vm::PyErr {
    vm.new_value_error("unmarshallable object")
}

fn w_len(out: &mut Vec<u8>, n: usize) {
    out.extend_from_slice(&(n as u32).to_le_bytes());
}

fn w_object(vm: &Vm, o: &PyRef, out: &mut Vec<u8>, depth: usize) -> PyResult<()> {
    if depth > 2000 {
        return Err(vm.new_value_error("object too deeply nested to marshal"));
    }
    let t = o.class();
    let ty = &vm.types;
    if vm.is_none(o) {
        out.push(b'N');
    } else if o.is(&vm.true_) {
        out.push(b'T');
    } else if o.is(&vm.false_) {
        out.push(b'F');
    } else if o.is(&vm.ellipsis) {
        out.push(b'.');
    } else if o.is(&vm.exceptions.stop_iteration) {
        out.push(b'S');
    } else if t.is(&ty.int_type) {
        let v = as_int(o).expect("int").value.to_big();
        match i32::try_from(&v) {
            Ok(i) => {
                out.push(b'i');
                out.extend_from_slice(&i.to_le_bytes());
            }
            Err(_) => {
                let (sign, mut mag) = v.into_parts();
                let mut digits = Vec::new();
                let base = num_bigint::BigUint::from(1u32 << 15);
                while mag > num_bigint::BigUint::default() {
                    digits.push(u16::try_from(&mag % &base).unwrap_or(0));
                    mag /= &base;
                }
                out.push(b'l');
                let n = digits.len() as i32;
                out.extend_from_slice(&(if sign == Sign::Minus { -n } else { n }).to_le_bytes());
                for d in digits {
                    out.extend_from_slice(&(d as u16).to_le_bytes());
                }
            }
        }
    } else if t.is(&ty.float_type) {
        out.push(b'g');
        out.extend_from_slice(&as_float(o).expect("float").to_le_bytes());
    } else if t.is(&ty.complex_type) {
        let re = as_float(&vm.getattr_str(o, "real")?).unwrap_or(0.0);
        let im = as_float(&vm.getattr_str(o, "imag")?).unwrap_or(0.0);
        out.push(b'y');
        out.extend_from_slice(&re.to_le_bytes());
        out.extend_from_slice(&im.to_le_bytes());
    } else if t.is(&ty.str_type) {
        let s = o.downcast_ref::<PyStr>().expect("str");
        match s.as_ascii() {
            Some(a) if a.len() < 256 => {
                out.push(b'z');
                out.push(a.len() as u8);
                out.extend_from_slice(a.as_bytes());
            }
            Some(a) => {
                out.push(b'a');
                w_len(out, a.len());
                out.extend_from_slice(a.as_bytes());
            }
            None => {
                let mut b = Vec::new();
                for cp in s.code_points() {
                    match char::from_u32(cp) {
                        Some(c) => b.extend_from_slice(c.encode_utf8(&mut [0u8; 4]).as_bytes()),
                        None => b.extend_from_slice(&[
                            0xE0 | (cp >> 12) as u8,
                            0x80 | ((cp >> 6) & 0x3F) as u8,
                            0x80 | (cp & 0x3F) as u8,
                        ]),
                    }
                }
                out.push(b'u');
                w_len(out, b.len());
                out.extend_from_slice(&b);
            }
        }
    } else if t.is(&ty.bytes_type) || t.is(&ty.bytearray_type) {
        let b = match as_bytes(o) {
            Some(b) => b.to_vec(),
            None => crate::modules::posixmodule::buffer_bytes(vm, o)?,
        };
        out.push(b's');
        w_len(out, b.len());
        out.extend_from_slice(&b);
    } else if t.is(&ty.tuple_type) {
        let items = tuple_items(o).expect("tuple");
        if items.len() < 256 {
            out.push(b')');
            out.push(items.len() as u8);
        } else {
            out.push(b'(');
            w_len(out, items.len());
        }
        for i in items {
            w_object(vm, i, out, depth + 1)?;
        }
    } else if t.is(&ty.list_type) {
        let items = crate::objects::listobject::list_items(o);
        out.push(b'[');
        w_len(out, items.len());
        for i in &items {
            w_object(vm, i, out, depth + 1)?;
        }
    } else if t.is(&ty.dict_type) {
        out.push(b'{');
        for (k, v) in o.downcast_ref::<PyDict>().expect("dict").items() {
            w_object(vm, &k, out, depth + 1)?;
            w_object(vm, &v, out, depth + 1)?;
        }
        out.push(b'0');
    } else if t.is(&ty.code_type) {
        let code = o
            .downcast_ref::<crate::objects::codeobject::PyCode>()
            .expect("code");
        if !code.marshallable {
            return Err(unmarshallable(vm));
        }
        super::marshal_code::write_code(out, &code.code);
    } else if t.is(&ty.set_type) || t.is(&ty.frozenset_type) {
        let items = vm.collect(o)?;
        out.push(if t.is(&ty.set_type) { b'<' } else { b'>' });
        w_len(out, items.len());
        for i in &items {
            w_object(vm, i, out, depth + 1)?;
        }
    } else {
        return Err(unmarshallable(vm));
    }
    Ok(())
}

struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
    refs: Vec<Option<PyRef>>,
}

fn bad(vm: &Vm) -> crate::vm::PyErr {
    vm.new_exception_msg(&vm.exceptions.eof_error, "EOF read where object expected")
}

impl Reader<'_> {
    fn bytes(&mut self, vm: &Vm, n: usize) -> PyResult<&[u8]> {
        if self.pos + n > self.data.len() {
            return Err(vm.new_exception_msg(&vm.exceptions.eof_error, "marshal data too short"));
        }
        let s = &self.data[self.pos..self.pos + n];
        self.pos += n;
        Ok(s)
    }
    fn byte(&mut self, vm: &Vm) -> PyResult<u8> {
        Ok(self.bytes(vm, 1)?[0])
    }
    fn i32(&mut self, vm: &Vm) -> PyResult<i32> {
        let b = self.bytes(vm, 4)?;
        Ok(i32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }
    fn len(&mut self, vm: &Vm) -> PyResult<usize> {
        let n = self.i32(vm)?;
        if n < 0 {
            return Err(vm.new_value_error("bad marshal data (size out of range)"));
        }
        Ok(n as usize)
    }
    fn f64(&mut self, vm: &Vm) -> PyResult<f64> {
        let b = self.bytes(vm, 8)?;
        Ok(f64::from_le_bytes(b.try_into().expect("8 bytes")))
    }

    fn str_from(&self, vm: &Vm, b: &[u8]) -> PyRef {
        crate::modules::posixmodule::fs_decode(vm, b)
    }

    fn object(&mut self, vm: &Vm, depth: usize) -> PyResult<PyRef> {
        if depth > 2000 {
            return Err(vm.new_value_error("recursion limit exceeded"));
        }
        if self.pos >= self.data.len() {
            return Err(bad(vm));
        }
        let code = self.byte(vm)?;
        let flag = code & FLAG_REF != 0;
        let ty = code & !FLAG_REF;
        let slot = if flag {
            self.refs.push(None);
            Some(self.refs.len() - 1)
        } else {
            None
        };
        let v = match ty {
            b'N' => vm.none.clone(),
            b'T' => vm.true_.clone(),
            b'F' => vm.false_.clone(),
            b'.' => vm.ellipsis.clone(),
            b'S' => vm.exceptions.stop_iteration.clone(),
            b'i' => new_int(vm, self.i32(vm)? as i64),
            b'l' => {
                let n = self.i32(vm)?;
                let mut digits = Vec::with_capacity(n.unsigned_abs() as usize);
                for _ in 0..n.unsigned_abs() {
                    let b = self.bytes(vm, 2)?;
                    let d = u16::from_le_bytes([b[0], b[1]]);
                    if d >= 1 << 15 {
                        return Err(
                            vm.new_value_error("bad marshal data (digit out of range in long)")
                        );
                    }
                    digits.push(d as u32);
                }
                let mut mag = num_bigint::BigUint::default();
                for d in digits.iter().rev() {
                    mag = (mag << 15u32) + num_bigint::BigUint::from(*d);
                }
                new_bigint(
                    vm,
                    BigInt::from_biguint(if n < 0 { Sign::Minus } else { Sign::Plus }, mag),
                )
            }
            b'g' => new_float(vm, self.f64(vm)?),
            b'y' => {
                let re = self.f64(vm)?;
                let im = self.f64(vm)?;
                crate::objects::complexobject::new_complex(vm, re, im)
            }
            b's' => {
                let n = self.len(vm)?;
                new_bytes(vm, self.bytes(vm, n)?.to_vec())
            }
            b'u' | b't' | b'a' | b'A' => {
                let n = self.len(vm)?;
                let b = self.bytes(vm, n)?.to_vec();
                if ty == b'u' || ty == b't' {
                    match std::str::from_utf8(&b) {
                        Ok(s) => crate::objects::unicodeobject::new_str_object(vm, s),
                        Err(_) => self.str_from(vm, &b),
                    }
                } else {
                    self.str_from(vm, &b)
                }
            }
            b'z' | b'Z' => {
                let n = self.byte(vm)? as usize;
                let b = self.bytes(vm, n)?.to_vec();
                self.str_from(vm, &b)
            }
            b'(' | b')' | b'[' | b'<' | b'>' => {
                let n = if ty == b')' {
                    self.byte(vm)? as usize
                } else {
                    self.len(vm)?
                };
                let mut items = Vec::with_capacity(n.min(1 << 16));
                for _ in 0..n {
                    items.push(self.object(vm, depth + 1)?);
                }
                match ty {
                    b'(' | b')' => new_tuple(vm, items),
                    b'[' => crate::objects::listobject::new_list(vm, items),
                    b'<' => vm.call_positional(&vm.types.set_type, &[new_tuple(vm, items)])?,
                    _ => vm.call_positional(&vm.types.frozenset_type, &[new_tuple(vm, items)])?,
                }
            }
            b'{' => {
                let d = PyDict::new_ref(vm);
                loop {
                    if self.pos < self.data.len() && self.data[self.pos] == b'0' {
                        self.pos += 1;
                        break;
                    }
                    let k = self.object(vm, depth + 1)?;
                    let v = self.object(vm, depth + 1)?;
                    d.downcast_ref::<PyDict>()
                        .expect("dict")
                        .set_item(vm, k, v)?;
                }
                d
            }
            b'r' => {
                let i = self.i32(vm)? as usize;
                match self.refs.get(i).cloned().flatten() {
                    Some(v) => v,
                    None => return Err(vm.new_value_error("bad marshal data (invalid reference)")),
                }
            }
            b'c' => {
                use super::marshal_code::{read_code, ReadError};
                match read_code(self.data, &mut self.pos) {
                    Ok(code) => crate::objects::codeobject::new_code(vm, std::sync::Arc::new(code)),
                    Err(ReadError::Eof) => {
                        return Err(vm
                            .new_exception_msg(&vm.exceptions.eof_error, "marshal data too short"))
                    }
                    Err(ReadError::Bad(msg)) => return Err(vm.new_value_error(msg)),
                }
            }
            b'0' => return Err(vm.new_type_error("NULL object in marshal data for object")),
            _ => return Err(vm.new_value_error("bad marshal data (unknown type code)")),
        };
        if let Some(i) = slot {
            self.refs[i] = Some(v.clone());
        }
        Ok(v)
    }
}

/// `marshal.dumps(value)` for Rust callers.
pub fn dumps_bytes(vm: &Vm, value: &PyRef) -> PyResult<Vec<u8>> {
    let mut out = Vec::new();
    w_object(vm, value, &mut out, 0)?;
    Ok(out)
}

/// `marshal.loads(data)` for Rust callers.
pub fn loads_bytes(vm: &Vm, data: &[u8]) -> PyResult {
    Reader {
        data,
        pos: 0,
        refs: Vec::new(),
    }
    .object(vm, 0)
}

fn check_version(vm: &Vm, v: &Option<PyRef>) -> PyResult<()> {
    if let Some(v) = v {
        vm.index_isize(v)?;
    }
    Ok(())
}

fn dumps(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let sig = Signature {
        name: "dumps",
        params: &["value", "version"],
        posonly: 2,
        positional: 2,
        required: 1,
    };
    let a = sig.bind(vm, args)?;
    check_version(vm, &a[1])?;
    let mut out = Vec::new();
    w_object(vm, a[0].as_ref().expect("required"), &mut out, 0)?;
    Ok(new_bytes(vm, out))
}

fn loads(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "loads", 1, 1)?;
    let data = crate::modules::posixmodule::buffer_bytes(vm, &a[0])?;
    let mut r = Reader {
        data: &data,
        pos: 0,
        refs: Vec::new(),
    };
    r.object(vm, 0)
}

fn dump(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let sig = Signature {
        name: "dump",
        params: &["value", "file", "version"],
        posonly: 3,
        positional: 3,
        required: 2,
    };
    let a = sig.bind(vm, args)?;
    check_version(vm, &a[2])?;
    let mut out = Vec::new();
    w_object(vm, a[0].as_ref().expect("required"), &mut out, 0)?;
    vm.call_method(
        a[1].as_ref().expect("required"),
        "write",
        &[new_bytes(vm, out)],
    )?;
    Ok(vm.none.clone())
}

fn load(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "load", 1, 1)?;
    let data = vm.call_method(&a[0], "read", &[])?;
    let data = crate::modules::posixmodule::buffer_bytes(vm, &data)?;
    let mut r = Reader {
        data: &data,
        pos: 0,
        refs: Vec::new(),
    };
    let v = r.object(vm, 0)?;
    // Give back what follows the object, for the next load().
    let rest = data.len() - r.pos;
    if rest > 0 {
        if let Ok(seek) = vm.getattr_str(&a[0], "seek") {
            let _ = vm.call_positional(&seek, &[new_int(vm, -(rest as i64)), new_int(vm, 1)]);
        }
    }
    Ok(v)
}

/// Creates the `marshal` module.
pub fn init(vm: &Vm) -> PyResult<PyRef> {
    let m = new_module(vm, "marshal");
    let d = module_dict(&m);
    let d = d.downcast_ref::<PyDict>().expect("dict");
    for f in [
        MethodDef::new("dumps", dumps),
        MethodDef::new("loads", loads),
        MethodDef::new("dump", dump),
        MethodDef::new("load", load),
    ] {
        d.set_str(vm, f.name, new_builtin_function(vm, f, Some(m.clone())));
    }
    d.set_str(vm, "version", new_int(vm, VERSION));
    Ok(m)
}
