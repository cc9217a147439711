//! Code objects in `marshal` data (type code `'c'`). oxpy's code objects are
//! not CPython's, so after the type code comes oxpy's own layout: the
//! bytecode stamp of this build (see [`BYTECODE_STAMP`]), then the fields of
//! the compiler's `CodeObject` as LEB128 numbers, length-prefixed UTF-8
//! strings and tagged constants. `.pyc` files carry a magic number derived
//! from the same stamp ([`magic_number`]), so caches written by another
//! build are recompiled rather than misread.

use crate::compile::bytecode::{
    CodeObject, Constant, ExceptionEntry, Instruction, Opcode, SourceRange,
};
use num_bigint::{BigInt, Sign};
use std::sync::Arc;

/// A hash of the compiler's sources taken when oxpy was built: code objects
/// marshalled by a build with another stamp are refused.
pub const BYTECODE_STAMP: u64 = parse_stamp(env!("OXPY_BYTECODE_STAMP"));

const fn parse_stamp(s: &str) -> u64 {
    let b = s.as_bytes();
    let mut v = 0u64;
    let mut i = 0;
    while i < b.len() {
        v = v.wrapping_mul(10).wrapping_add((b[i] - b'0') as u64);
        i += 1;
    }
    v
}

/// The four magic bytes that start oxpy's `.pyc` files: four bytes of the
/// bytecode stamp (not CPython's number and `\r\n`), so that a cache from
/// another build is practically never taken for this build's.
pub fn magic_number() -> [u8; 4] {
    let [a, b, c, d, ..] = BYTECODE_STAMP.to_le_bytes();
    [a, b, c, d]
}

fn w_uint(out: &mut Vec<u8>, mut v: u64) {
    loop {
        let byte = (v & 0x7f) as u8;
        v >>= 7;
        if v == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

fn w_str(out: &mut Vec<u8>, s: &str) {
    w_uint(out, s.len() as u64);
    out.extend_from_slice(s.as_bytes());
}

fn w_names(out: &mut Vec<u8>, names: &[Arc<str>]) {
    w_uint(out, names.len() as u64);
    for n in names {
        w_str(out, n);
    }
}

fn w_const(out: &mut Vec<u8>, c: &Constant) {
    match c {
        Constant::None => out.push(b'N'),
        Constant::Ellipsis => out.push(b'.'),
        Constant::Bool(true) => out.push(b'T'),
        Constant::Bool(false) => out.push(b'F'),
        Constant::Int(i) => {
            let (sign, mag) = i.to_bytes_le();
            out.push(if sign == Sign::Minus { b'-' } else { b'i' });
            w_uint(out, mag.len() as u64);
            out.extend_from_slice(&mag);
        }
        Constant::Float(f) => {
            out.push(b'g');
            out.extend_from_slice(&f.to_le_bytes());
        }
        Constant::Complex { real, imag } => {
            out.push(b'y');
            out.extend_from_slice(&real.to_le_bytes());
            out.extend_from_slice(&imag.to_le_bytes());
        }
        Constant::Str(s) => {
            out.push(b's');
            w_str(out, s);
        }
        Constant::StrCodePoints(cps) => {
            out.push(b'p');
            w_uint(out, cps.len() as u64);
            for cp in cps.iter() {
                w_uint(out, *cp as u64);
            }
        }
        Constant::Bytes(b) => {
            out.push(b'b');
            w_uint(out, b.len() as u64);
            out.extend_from_slice(b);
        }
        Constant::Tuple(items) | Constant::FrozenSet(items) => {
            out.push(if matches!(c, Constant::Tuple(_)) {
                b'('
            } else {
                b'>'
            });
            w_uint(out, items.len() as u64);
            for i in items.iter() {
                w_const(out, i);
            }
        }
        Constant::Code(code) => {
            out.push(b'c');
            w_code_body(out, code);
        }
    }
}

fn w_code_body(out: &mut Vec<u8>, c: &CodeObject) {
    w_str(out, &c.name);
    w_str(out, &c.qualname);
    w_str(out, &c.filename);
    for v in [
        c.first_line,
        c.argcount,
        c.posonlyargcount,
        c.kwonlyargcount,
        c.flags,
        c.max_stack,
    ] {
        w_uint(out, v as u64);
    }
    w_names(out, &c.varnames);
    w_names(out, &c.cellvars);
    w_names(out, &c.freevars);
    w_uint(out, c.cell2arg.len() as u64);
    for a in &c.cell2arg {
        w_uint(out, a.map_or(0, |i| i as u64 + 1));
    }
    w_names(out, &c.names);
    w_uint(out, c.consts.len() as u64);
    for k in &c.consts {
        w_const(out, k);
    }
    write_instructions(out, &c.instructions);
    // Positions are stored as differences from the previous line, which
    // keeps most of them to one byte each.
    let mut prev = 0i64;
    for p in &c.positions {
        let d = p.line as i64 - prev;
        w_uint(out, ((d << 1) ^ (d >> 63)) as u64);
        prev = p.line as i64;
        w_uint(out, p.end_line.wrapping_sub(p.line) as u64);
        w_uint(out, p.col as u64);
        w_uint(out, p.end_col as u64);
    }
    w_uint(out, c.exception_table.len() as u64);
    for e in &c.exception_table {
        for v in [e.start, e.end, e.handler, e.depth] {
            w_uint(out, v as u64);
        }
        out.push(e.push_lasti as u8);
    }
    match &c.docstring {
        Some(d) => {
            out.push(1);
            w_str(out, d);
        }
        None => out.push(0),
    }
}

/// Appends `instructions` as code objects carry them in marshal data: the
/// count, then each opcode byte and its argument as a LEB128 number. `co_code`
/// shows the same bytes (see `objects/code_bytes.rs`).
pub fn write_instructions(out: &mut Vec<u8>, instructions: &[Instruction]) {
    w_uint(out, instructions.len() as u64);
    for i in instructions {
        out.push(i.op as u8);
        w_uint(out, i.arg as u64);
    }
}

/// Appends `v` as a LEB128 number.
pub fn write_uint(out: &mut Vec<u8>, v: u64) {
    w_uint(out, v);
}

/// Reads what [`write_instructions`] wrote at `data[*pos..]`; advances `pos`.
pub fn read_instructions(data: &[u8], pos: &mut usize) -> Result<Vec<Instruction>, ReadError> {
    let mut r = CodeReader { data, pos: *pos };
    let v = r.instructions()?;
    *pos = r.pos;
    Ok(v)
}

/// Reads what [`write_uint`] wrote at `data[*pos..]`; advances `pos`.
pub fn read_uint(data: &[u8], pos: &mut usize) -> Result<u64, ReadError> {
    let mut r = CodeReader { data, pos: *pos };
    let v = r.uint()?;
    *pos = r.pos;
    Ok(v)
}

/// Appends the marshal form of `code`, type code included.
pub fn write_code(out: &mut Vec<u8>, code: &CodeObject) {
    out.push(b'c');
    out.extend_from_slice(&BYTECODE_STAMP.to_le_bytes());
    w_code_body(out, code);
}

/// Why a code object could not be read.
pub enum ReadError {
    /// The data ends early.
    Eof,
    /// The data is not a code object of this build (the message says why).
    Bad(&'static str),
}

struct CodeReader<'a> {
    data: &'a [u8],
    pos: usize,
}

impl CodeReader<'_> {
    fn bytes(&mut self, n: usize) -> Result<&[u8], ReadError> {
        let end = self.pos.checked_add(n).ok_or(ReadError::Eof)?;
        let s = self.data.get(self.pos..end).ok_or(ReadError::Eof)?;
        self.pos = end;
        Ok(s)
    }
    fn byte(&mut self) -> Result<u8, ReadError> {
        Ok(self.bytes(1)?[0])
    }
    fn uint(&mut self) -> Result<u64, ReadError> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            v |= ((b & 0x7f) as u64) << shift;
            if b & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err(ReadError::Bad("bad marshal data (number too long)"))
    }
    fn u32(&mut self) -> Result<u32, ReadError> {
        u32::try_from(self.uint()?)
            .map_err(|_| ReadError::Bad("bad marshal data (number out of range)"))
    }
    fn count(&mut self) -> Result<usize, ReadError> {
        let n = self.uint()? as usize;
        if n > self.data.len() - self.pos {
            return Err(ReadError::Bad("bad marshal data (size out of range)"));
        }
        Ok(n)
    }
    fn f64(&mut self) -> Result<f64, ReadError> {
        let b = self.bytes(8)?;
        Ok(f64::from_le_bytes(
            b.try_into().map_err(|_| ReadError::Eof)?,
        ))
    }
    fn str(&mut self) -> Result<Arc<str>, ReadError> {
        let n = self.count()?;
        let b = self.bytes(n)?;
        std::str::from_utf8(b)
            .map(Arc::from)
            .map_err(|_| ReadError::Bad("bad marshal data (invalid UTF-8 in code object)"))
    }
    fn names(&mut self) -> Result<Vec<Arc<str>>, ReadError> {
        let n = self.count()?;
        (0..n).map(|_| self.str()).collect()
    }
    fn constants(&mut self, depth: usize) -> Result<Arc<[Constant]>, ReadError> {
        let n = self.count()?;
        (0..n).map(|_| self.constant(depth + 1)).collect()
    }
    fn constant(&mut self, depth: usize) -> Result<Constant, ReadError> {
        if depth > 2000 {
            return Err(ReadError::Bad("recursion limit exceeded"));
        }
        Ok(match self.byte()? {
            b'N' => Constant::None,
            b'.' => Constant::Ellipsis,
            b'T' => Constant::Bool(true),
            b'F' => Constant::Bool(false),
            t @ (b'i' | b'-') => {
                let n = self.count()?;
                let mag = self.bytes(n)?;
                let sign = if t == b'-' { Sign::Minus } else { Sign::Plus };
                Constant::Int(BigInt::from_bytes_le(sign, mag))
            }
            b'g' => Constant::Float(self.f64()?),
            b'y' => Constant::Complex {
                real: self.f64()?,
                imag: self.f64()?,
            },
            b's' => Constant::Str(self.str()?),
            b'p' => {
                let n = self.count()?;
                Constant::StrCodePoints((0..n).map(|_| self.u32()).collect::<Result<_, _>>()?)
            }
            b'b' => {
                let n = self.count()?;
                Constant::Bytes(Arc::from(self.bytes(n)?))
            }
            b'(' => Constant::Tuple(self.constants(depth)?),
            b'>' => Constant::FrozenSet(self.constants(depth)?),
            b'c' => Constant::Code(Arc::new(self.code_body(depth + 1)?)),
            _ => return Err(ReadError::Bad("bad marshal data (unknown constant type)")),
        })
    }
    fn instructions(&mut self) -> Result<Vec<Instruction>, ReadError> {
        let n = self.count()?;
        let mut instructions = Vec::with_capacity(n);
        for _ in 0..n {
            let op = *Opcode::ALL
                .get(self.byte()? as usize)
                .ok_or(ReadError::Bad("bad marshal data (unknown opcode)"))?;
            instructions.push(Instruction {
                op,
                arg: self.u32()?,
            });
        }
        Ok(instructions)
    }
    fn code_body(&mut self, depth: usize) -> Result<CodeObject, ReadError> {
        let name = self.str()?;
        let qualname = self.str()?;
        let filename = self.str()?;
        let first_line = self.u32()?;
        let argcount = self.u32()?;
        let posonlyargcount = self.u32()?;
        let kwonlyargcount = self.u32()?;
        let flags = self.u32()?;
        let max_stack = self.u32()?;
        let varnames = self.names()?;
        let cellvars = self.names()?;
        let freevars = self.names()?;
        let n = self.count()?;
        let cell2arg = (0..n)
            .map(|_| Ok(self.u32()?.checked_sub(1)))
            .collect::<Result<_, ReadError>>()?;
        let names = self.names()?;
        let consts = self.constants(depth)?.to_vec();
        let instructions = self.instructions()?;
        let n = instructions.len();
        let mut positions = Vec::with_capacity(n);
        let mut prev = 0i64;
        for _ in 0..n {
            let z = self.uint()?;
            let line = prev + ((z >> 1) as i64 ^ -((z & 1) as i64));
            prev = line;
            let line = line as u32;
            positions.push(SourceRange {
                line,
                end_line: line.wrapping_add(self.u32()?),
                col: self.u32()?,
                end_col: self.u32()?,
            });
        }
        let n = self.count()?;
        let mut exception_table = Vec::with_capacity(n);
        for _ in 0..n {
            exception_table.push(ExceptionEntry {
                start: self.u32()?,
                end: self.u32()?,
                handler: self.u32()?,
                depth: self.u32()?,
                push_lasti: self.byte()? != 0,
            });
        }
        let docstring = match self.byte()? {
            0 => None,
            _ => Some(self.str()?),
        };
        Ok(CodeObject {
            name,
            qualname,
            filename,
            first_line,
            argcount,
            posonlyargcount,
            kwonlyargcount,
            flags,
            varnames,
            cellvars,
            freevars,
            cell2arg,
            names,
            consts,
            instructions,
            positions,
            exception_table,
            max_stack,
            docstring,
            warnings: Vec::new(),
        })
    }
}

/// Reads a code object whose `'c'` type code was just consumed at
/// `data[*pos - 1]`; advances `pos` past it.
pub fn read_code(data: &[u8], pos: &mut usize) -> Result<CodeObject, ReadError> {
    let mut r = CodeReader { data, pos: *pos };
    let stamp = u64::from_le_bytes(r.bytes(8)?.try_into().map_err(|_| ReadError::Eof)?);
    if stamp != BYTECODE_STAMP {
        return Err(ReadError::Bad(
            "bad marshal data (code object from another oxpy build)",
        ));
    }
    let code = r.code_body(0)?;
    *pos = r.pos;
    Ok(code)
}
