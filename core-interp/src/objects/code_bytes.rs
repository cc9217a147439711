//! `co_code`: oxpy's instructions as bytes. oxpy runs only bytecode its own
//! compiler made, never CPython's, so `co_code` holds oxpy's marshal
//! encoding of the instructions (`modules/marshal_code.rs`) behind a header
//! that seals it: `b"oxpy"`, this build's bytecode stamp, a digest of the
//! instructions, of the stack depth they need and of what they need of
//! `co_consts`, and a digest of the exception table made with them. The VM
//! sizes value stacks by that depth, never by a `co_stacksize` given to
//! `replace()`. `code.replace(co_code=...)` and
//! `types.CodeType(...)` take back only bytes whose seal holds (anything
//! else is a ValueError, never a crash); the caller then checks every
//! operand against the tables it indexes.

use super::object::PyRef;
use crate::compile::bytecode::{CodeObject, ExceptionEntry, Instruction};
use crate::modules::marshal_code;
use std::hash::{Hash, Hasher};

const MAGIC: &[u8; 4] = b"oxpy";

/// What the instructions need of a constant: some instructions take the
/// constant they load apart (`MakeFunction` a code object, keyword calls
/// and constant-key dicts a tuple of a known length).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ConstShape {
    Any,
    Code,
    Tuple { len: u32, all_str: bool },
}

impl ConstShape {
    /// The shape of `obj` as a constant.
    pub fn of(obj: &PyRef) -> ConstShape {
        if obj.downcast_ref::<super::codeobject::PyCode>().is_some() {
            return ConstShape::Code;
        }
        match super::tupleobject::tuple_items(obj) {
            Some(items) => ConstShape::Tuple {
                len: items.len() as u32,
                all_str: items
                    .iter()
                    .all(|i| super::unicodeobject::as_str(i).is_some()),
            },
            None => ConstShape::Any,
        }
    }

    /// Whether a constant of shape `actual` can stand where `self` was.
    pub fn accepts(self, actual: ConstShape) -> bool {
        match (self, actual) {
            (ConstShape::Any, _) => true,
            (ConstShape::Code, ConstShape::Code) => true,
            (
                ConstShape::Tuple { len, all_str },
                ConstShape::Tuple {
                    len: l2,
                    all_str: s2,
                },
            ) => len == l2 && (s2 || !all_str),
            _ => false,
        }
    }
}

fn hasher() -> std::collections::hash_map::DefaultHasher {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    marshal_code::BYTECODE_STAMP.hash(&mut h);
    h
}

fn code_digest(instructions: &[Instruction], max_stack: u32, shapes: &[ConstShape]) -> u64 {
    let mut h = hasher();
    max_stack.hash(&mut h);
    for i in instructions {
        (i.op as u8, i.arg).hash(&mut h);
    }
    shapes.hash(&mut h);
    h.finish()
}

/// The digest of an exception table, as `co_code` records it.
pub fn exceptiontable_digest(entries: &[ExceptionEntry]) -> u64 {
    let mut h = hasher();
    for e in entries {
        (e.start, e.end, e.handler, e.depth, e.push_lasti).hash(&mut h);
    }
    h.finish()
}

/// The `co_code` bytes of `code` run with the constant objects `consts`.
pub fn encode(code: &CodeObject, consts: &[PyRef]) -> Vec<u8> {
    let shapes: Vec<ConstShape> = consts.iter().map(ConstShape::of).collect();
    let mut out = MAGIC.to_vec();
    out.extend_from_slice(&marshal_code::BYTECODE_STAMP.to_le_bytes());
    let digest = code_digest(&code.instructions, code.max_stack, &shapes);
    out.extend_from_slice(&digest.to_le_bytes());
    out.extend_from_slice(&exceptiontable_digest(&code.exception_table).to_le_bytes());
    marshal_code::write_uint(&mut out, code.max_stack as u64);
    marshal_code::write_uint(&mut out, shapes.len() as u64);
    for s in &shapes {
        match s {
            ConstShape::Any => out.push(0),
            ConstShape::Code => out.push(1),
            ConstShape::Tuple { len, all_str } => {
                out.push(2 + *all_str as u8);
                marshal_code::write_uint(&mut out, *len as u64);
            }
        }
    }
    marshal_code::write_instructions(&mut out, &code.instructions);
    out
}

/// `co_code` taken apart.
pub struct Decoded {
    pub instructions: Vec<Instruction>,
    /// The value-stack depth the instructions need.
    pub max_stack: u32,
    /// What the instructions need of each constant.
    pub shapes: Vec<ConstShape>,
    /// The digest of the exception table the instructions were made with.
    pub exceptiontable_digest: u64,
}

const NOT_OXPY: &str = "code: co_code is not oxpy bytecode (oxpy runs only code objects \
its own compiler made; it cannot run CPython bytecode)";

fn u64_at(data: &[u8], at: usize) -> Option<u64> {
    Some(u64::from_le_bytes(data.get(at..at + 8)?.try_into().ok()?))
}

/// Reads `co_code` bytes; the error is the ValueError's message.
pub fn decode(data: &[u8]) -> Result<Decoded, &'static str> {
    if !data.starts_with(MAGIC) {
        return Err(if data.len() % 2 != 0 {
            "code: co_code is malformed"
        } else {
            NOT_OXPY
        });
    }
    let header = |at| u64_at(data, at).ok_or("code: co_code is malformed");
    if header(4)? != marshal_code::BYTECODE_STAMP {
        return Err("code: co_code comes from another oxpy build");
    }
    let digest = header(12)?;
    let exceptiontable_digest = header(20)?;
    let mut pos = 28;
    let bad = |_| "code: co_code is malformed";
    let max_stack = u32::try_from(marshal_code::read_uint(data, &mut pos).map_err(bad)?)
        .map_err(|_| "code: co_code is malformed")?;
    let n = marshal_code::read_uint(data, &mut pos).map_err(bad)?;
    if n > (data.len() - pos.min(data.len())) as u64 {
        return Err("code: co_code is malformed");
    }
    let mut shapes = Vec::with_capacity(n as usize);
    for _ in 0..n {
        let tag = *data.get(pos).ok_or("code: co_code is malformed")?;
        pos += 1;
        shapes.push(match tag {
            0 => ConstShape::Any,
            1 => ConstShape::Code,
            2 | 3 => ConstShape::Tuple {
                len: u32::try_from(marshal_code::read_uint(data, &mut pos).map_err(bad)?)
                    .map_err(|_| "code: co_code is malformed")?,
                all_str: tag == 3,
            },
            _ => return Err(NOT_OXPY),
        });
    }
    let instructions = marshal_code::read_instructions(data, &mut pos).map_err(bad)?;
    if pos != data.len() || code_digest(&instructions, max_stack, &shapes) != digest {
        return Err(NOT_OXPY);
    }
    Ok(Decoded {
        instructions,
        max_stack,
        shapes,
        exceptiontable_digest,
    })
}
